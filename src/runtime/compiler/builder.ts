// Emits one function's bytecode: registers, labels with back-patching, a constant pool and a
// line table. The compiler proper (compile.ts) decides what to emit; this file only knows the
// encoding described in ops.ts.
import { Op } from './ops.ts';
import type { FunctionCode } from './code.ts';
import { Atom } from '../terms/types.ts';

/** The comparisons a following test_true fuses with, and what they become. */
const FUSED_TEST: Partial<Record<number, Op>> = {
  [Op.LT]: Op.TEST_LT,
  [Op.LE]: Op.TEST_LE,
  [Op.GT]: Op.TEST_GT,
  [Op.GE]: Op.TEST_GE,
};

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
  /** Where the last instruction starts, and the last position a label was bound to (peephole). */
  private lastAt = -1;
  private boundAt = -1;

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
    // Fused forms for pairs the compiler emits everywhere: one dispatch instead of two.
    if (op === Op.RETURN && this.lastAt >= 0 && this.code[this.lastAt] === Op.CONST && this.code[this.lastAt + 1] === words[0] && this.boundAt !== this.code.length) {
      // `const r, k; return r` with nothing jumping to the return: the constant's register
      // is read by nothing else (registers are written once, and the return ends the path).
      const k = this.code[this.lastAt + 2];
      this.code.length = this.lastAt;
      this.lines.length = this.lastAt;
      op = Op.RETURN_K;
      words = [k];
    } else if (op === Op.TEST_TRUE && this.lastAt >= 0 && this.code[this.lastAt + 1] === words[1] && this.boundAt !== this.code.length && FUSED_TEST[this.code[this.lastAt]] !== undefined) {
      // `gt r, a, b; test_true L, r`: the comparison branches itself (and still writes r,
      // which later code may read).
      const at = this.lastAt;
      const fused = FUSED_TEST[this.code[at]] as Op;
      const dst = this.code[at + 1];
      const a = this.code[at + 2];
      const b = this.code[at + 3];
      this.code.length = at;
      this.lines.length = at;
      op = fused;
      words = [words[0], dst, a, b];
    } else if (op === Op.TEST_EQ) {
      const lit = this.consts[words[2] as number];
      if (typeof lit === 'number' && (lit | 0) === lit) {
        op = Op.TEST_INT;
        words = [words[0], words[1], lit];
      }
    }
    this.lastAt = this.code.length;
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
    this.boundAt = l.pos;
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
