// Emits one function's bytecode: registers, labels with back-patching, a constant pool and a
// line table. The compiler proper (compile.ts) decides what to emit; this file only knows the
// encoding described in ops.ts.
import { Op } from './ops.ts';
import type { FunctionCode } from './code.ts';
import { Atom } from '../terms/types.ts';

export class Label {
  pos = -1;
  /** Code offsets of operands waiting for this label's position. */
  refs: number[] = [];
}

export class FnBuilder {
  readonly code: number[] = [];
  readonly lines: number[] = [];
  readonly consts: unknown[] = [];
  private readonly constIndex = new Map<unknown, number>();
  nregs: number;
  line = 0;

  constructor(firstFree: number) {
    this.nregs = firstFree;
  }

  reg(): number {
    return this.nregs++;
  }

  /** Index of a constant; primitive and interned constants are shared. */
  k(value: unknown): number {
    const shareable =
      typeof value === 'number' || typeof value === 'string' || value instanceof Atom;
    if (shareable) {
      const found = this.constIndex.get(value);
      if (found !== undefined) return found;
    }
    const i = this.consts.length;
    this.consts.push(value);
    if (shareable) this.constIndex.set(value, i);
    return i;
  }

  emit(op: Op, ...words: (number | Label)[]): void {
    this.code.push(op);
    this.lines.push(this.line);
    for (const w of words) {
      if (w instanceof Label) {
        if (w.pos >= 0) this.code.push(w.pos);
        else {
          w.refs.push(this.code.length);
          this.code.push(-1);
        }
      } else this.code.push(w);
      this.lines.push(this.line);
    }
  }

  /** Emit an instruction whose last operand is a register list. */
  emitN(op: Op, fixed: (number | Label)[], regs: number[]): void {
    this.emit(op, ...fixed, regs.length, ...regs);
  }

  label(): Label {
    return new Label();
  }

  bind(l: Label): void {
    l.pos = this.code.length;
    for (const r of l.refs) this.code[r] = l.pos;
    l.refs = [];
  }

  here(): Label {
    const l = new Label();
    this.bind(l);
    return l;
  }

  finish(
    module: Atom,
    name: Atom,
    arity: number,
    file: string,
    kind: FunctionCode['kind'],
    owner?: { name: Atom; arity: number },
  ): FunctionCode {
    return {
      module,
      name,
      arity,
      nregs: this.nregs,
      code: Int32Array.from(this.code),
      consts: this.consts,
      lines: Int32Array.from(this.lines),
      file,
      kind,
      owner,
    };
  }
}
