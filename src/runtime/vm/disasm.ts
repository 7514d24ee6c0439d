// The disassembler: bytecode back to text, one instruction per line, read from the same operand
// table (compiler/ops.ts) that the assembler writes with and the dispatch loop decodes. With
// `trace` the VM can print each instruction as it runs (see interp.ts's traceHook).
import { Arg, OPERANDS, instructionLength, type Op } from '../compiler/ops.ts';
import type { CallSite, FunctionCode, Lambda, LocalRef } from '../compiler/code.ts';
import { inspect } from '../terms/inspect.ts';
import type { Term } from '../terms/types.ts';

function constText(k: unknown): string {
  if (k !== null && typeof k === 'object') {
    const o = k as Partial<CallSite & LocalRef & Lambda & { envRegs: number[] }>;
    if ('fn' in o && 'name' in o && typeof o.name === 'string') return `${o.name}/${o.arity}`;
    if ('bif' in o && o.module !== undefined && o.name !== undefined && typeof o.name === 'object')
      return `${inspect(o.module)}.${(o.name as { name: string }).name}/${o.arity}`;
    if ('envRegs' in o && o.code !== undefined) return `fn/${o.arity} ${o.code.name.name}`;
    if (Array.isArray(k) && k.length > 0 && typeof k[0] === 'object' && k[0] !== null && 'type' in k[0]) return `<<${k.length} segments>>`;
    if ('functions' in o) return `module ${inspect((o as { name: Term }).name)}`;
  }
  try {
    return inspect(k as Term);
  } catch {
    return String(k);
  }
}

/** One instruction at pc as text: `  12 call_local x3, fib/1, [x4]`. */
export function disassembleAt(fn: FunctionCode, pc: number): string {
  const code = fn.code;
  const shape = OPERANDS[code[pc] as Op];
  const parts: string[] = [];
  let at = pc + 1;
  for (const a of shape.args) {
    const w = code[at];
    switch (a) {
      case Arg.Reg:
        parts.push(w < 0 ? '-' : `x${w}`);
        at++;
        break;
      case Arg.Const:
        parts.push(constText(fn.consts[w]));
        at++;
        break;
      case Arg.Label:
        parts.push(`@${w}`);
        at++;
        break;
      case Arg.Int:
        parts.push(String(w));
        at++;
        break;
      case Arg.Regs: {
        const regs: string[] = [];
        for (let i = 0; i < w; i++) regs.push(`x${code[at + 1 + i]}`);
        parts.push(`[${regs.join(', ')}]`);
        at += 1 + w;
        break;
      }
      case Arg.Pairs: {
        const pairs: string[] = [];
        for (let i = 0; i < w; i++) pairs.push(`x${code[at + 1 + 2 * i]} => x${code[at + 2 + 2 * i]}`);
        parts.push(`%{${pairs.join(', ')}}`);
        at += 1 + 2 * w;
        break;
      }
    }
  }
  const line = fn.lines[pc] ? `  ; line ${fn.lines[pc]}` : '';
  return `${String(pc).padStart(5)} ${shape.name}${parts.length ? ' ' + parts.join(', ') : ''}${line}`;
}

/** A whole function, headed by its name and frame size. */
export function disassemble(fn: FunctionCode): string {
  const out = [`${inspect(fn.module)}.${fn.name.name}/${fn.arity} (${fn.nregs} registers, ${fn.file})`];
  for (let pc = 0; pc < fn.code.length; pc += instructionLength(fn.code, pc)) out.push(disassembleAt(fn, pc));
  return out.join('\n');
}

/** A trace hook for Node.trace: prints each instruction with its process and function. */
export function traceTo(write: (line: string) => void): (p: { self: { id: number } }, fn: FunctionCode, pc: number) => void {
  return (p, fn, pc) => write(`<0.${p.self.id}.0> ${fn.module.name}.${fn.name.name}/${fn.arity} ${disassembleAt(fn, pc).trimStart()}`);
}
