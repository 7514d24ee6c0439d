// Provided by the prelude-image plugin in vite.config.ts: the URL of the compiled prelude.
declare module 'virtual:prelude-image' {
  const url: string;
  export default url;
}
