// A lesson file: front matter, an introduction, then steps, each opened by a `## ` heading.
// markdown-it reads the Markdown; this module only sorts its tokens into the parts of a step:
// fences tagged `elixir starter`, `elixir solution`, `iex try`, `check` and `hint` are taken
// out of the text and kept as data, everything else is the step's text, rendered to HTML.
// docs/lessons.md is the authors' guide to this format.
/// <reference path="./markdown-it.d.ts" />
import MarkdownIt, { type Token } from 'markdown-it';
import { parseCheckLine, type CheckSpec } from './checks.ts';

export interface Step {
  /** 1-based position, also the step's part of the URL (`#/lesson/supervisor/3`). */
  number: number;
  title: string;
  /** The step's text as HTML. */
  html: string;
  /** Code put in the editor when the step opens, and again on "reset step". */
  starter: string | null;
  /** Console inputs offered as click-to-insert buttons, in order. */
  commands: string[];
  /** What must happen, in order, for the step to be done; empty for a reading step. */
  checks: CheckSpec[];
  hint: string | null;
  /** Shown on "show solution": code for the editor. */
  solution: string | null;
}

export interface Lesson {
  /** From the file name `06-supervisor.md`: slug `supervisor`, number 6. */
  slug: string;
  number: number;
  title: string;
  summary: string;
  /** Text before the first step, as HTML. */
  introHtml: string;
  steps: Step[];
}

export class LessonFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`);
  }
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Markdown to HTML, for hints and anything else written in lesson files. */
export function renderMarkdown(src: string): string {
  return md.render(src);
}

const FILE_NAME = /(?:^|\/)(\d+)-([a-z0-9-]+)\.md$/;

/** Parse one lesson file. Throws LessonFormatError with the line of the first problem. */
export function parseLesson(file: string, source: string): Lesson {
  const name = FILE_NAME.exec(file);
  if (name === null) throw new LessonFormatError(file, 1, 'a lesson file is named NN-slug.md');
  const { fields, body, bodyLine } = frontMatter(file, source);
  for (const key of ['title', 'summary']) {
    if (!fields.has(key)) throw new LessonFormatError(file, 1, `front matter lacks "${key}"`);
  }
  const tokens = md.parse(body, {});
  const intro: Token[] = [];
  const steps: Step[] = [];
  let current: { step: Step; tokens: Token[] } | null = null;
  const finish = () => {
    if (current !== null) current.step.html = md.renderer.render(current.tokens, md.options, {});
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const line = bodyLine + (t.map?.[0] ?? 0);
    if (t.type === 'heading_open' && t.tag === 'h2') {
      finish();
      const title = tokens[i + 1]!.content.trim();
      i += 2; // inline, heading_close
      current = {
        step: { number: steps.length + 1, title, html: '', starter: null, commands: [], checks: [], hint: null, solution: null },
        tokens: [],
      };
      steps.push(current.step);
      continue;
    }
    if (t.type === 'fence') {
      const role = fenceRole(t.info);
      if (role !== null) {
        if (current === null) throw new LessonFormatError(file, line, `a \`${t.info}\` block belongs in a step`);
        takeFence(file, line, current.step, role, t.content);
        continue;
      }
    }
    (current?.tokens ?? intro).push(t);
  }
  finish();
  if (steps.length === 0) throw new LessonFormatError(file, bodyLine, 'a lesson has at least one "## " step');
  return {
    slug: name[2]!,
    number: Number(name[1]),
    title: fields.get('title')!,
    summary: fields.get('summary')!,
    introHtml: md.renderer.render(intro, md.options, {}),
    steps,
  };
}

type Role = 'starter' | 'solution' | 'try' | 'check' | 'hint';

function fenceRole(info: string): Role | null {
  switch (info.trim().replace(/\s+/g, ' ')) {
    case 'elixir starter':
      return 'starter';
    case 'elixir solution':
      return 'solution';
    case 'iex try':
      return 'try';
    case 'check':
      return 'check';
    case 'hint':
      return 'hint';
    default:
      return null;
  }
}

function takeFence(file: string, line: number, step: Step, role: Role, content: string): void {
  const once = (what: string, have: unknown) => {
    if (have !== null) throw new LessonFormatError(file, line, `step "${step.title}" has two ${what} blocks`);
  };
  switch (role) {
    case 'starter':
      once('starter', step.starter);
      step.starter = content;
      return;
    case 'solution':
      once('solution', step.solution);
      step.solution = content;
      return;
    case 'hint':
      once('hint', step.hint);
      step.hint = renderMarkdown(content);
      return;
    case 'try':
      step.commands.push(...tryCommands(content));
      return;
    case 'check':
      content.split('\n').forEach((text, k) => {
        if (text.trim() === '') return;
        try {
          step.checks.push(parseCheckLine(text));
        } catch (e) {
          throw new LessonFormatError(file, line + 1 + k, (e as Error).message);
        }
      });
      return;
  }
}

/** One command per line; an indented line continues the command above it. */
function tryCommands(content: string): string[] {
  const commands: string[] = [];
  for (const text of content.replace(/\n$/, '').split('\n')) {
    if (/^\s/.test(text) && commands.length > 0) commands[commands.length - 1] += '\n' + text;
    else if (text.trim() !== '') commands.push(text);
  }
  return commands;
}

function frontMatter(file: string, source: string): { fields: Map<string, string>; body: string; bodyLine: number } {
  const lines = source.split('\n');
  if (lines[0] !== '---') throw new LessonFormatError(file, 1, 'a lesson starts with front matter between "---" lines');
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new LessonFormatError(file, 1, 'front matter is not closed by "---"');
  const fields = new Map<string, string>();
  for (let i = 1; i < end; i++) {
    const m = /^([a-z]+):\s*(.*)$/.exec(lines[i]!);
    if (m === null) throw new LessonFormatError(file, i + 1, 'front matter lines are "key: value"');
    // Plain text, not YAML: a quoted value would show its quotes, so say so at once.
    if (/^["']/.test(m[2]!)) throw new LessonFormatError(file, i + 1, 'front matter values are plain text, without quotes');
    if (!['title', 'summary'].includes(m[1]!)) throw new LessonFormatError(file, i + 1, `unknown front matter key "${m[1]}"`);
    fields.set(m[1]!, m[2]!.trim());
  }
  return { fields, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}
