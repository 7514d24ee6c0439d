// The part of markdown-it 15 the lessons use (the package ships no types).
declare module 'markdown-it' {
  export interface Token {
    type: string;
    tag: string;
    info: string;
    content: string;
    map: [number, number] | null;
    nesting: number;
  }
  export interface Options {
    html?: boolean;
    linkify?: boolean;
    typographer?: boolean;
  }
  export default class MarkdownIt {
    constructor(options?: Options);
    options: Options;
    parse(src: string, env: object): Token[];
    render(src: string): string;
    renderer: { render(tokens: Token[], options: Options, env: object): string };
  }
}
