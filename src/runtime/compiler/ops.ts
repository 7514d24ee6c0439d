// The instruction set of the register VM. Code is a flat Int32Array: an opcode followed by its
// operands. Operands are register numbers (relative to the frame base), constant-pool indexes,
// code offsets (labels) or small counts; a few instructions are variable-length (`n` then n
// registers). OPERANDS below describes every shape once, so the assembler, the disassembler and
// any tooling read the same table.

export const enum Op {
  // data movement
  MOVE, // dst src
  CONST, // dst k
  // control
  JUMP, // L
  RETURN, // src
  // calls: n argument registers follow
  CALL_LOCAL, // dst k(FunctionCode) n a...
  TAIL_LOCAL, // k n a...
  CALL_REMOTE, // dst k(CallSite) n a...
  TAIL_REMOTE, // k n a...
  CALL_FUN, // dst f n a...
  TAIL_FUN, // f n a...
  APPLY, // dst mod name argsList
  TAIL_APPLY, // mod name argsList
  CALL_BIF, // dst k(Bif) n a...  (a native known at compile time)
  MAKE_FUN, // dst k(Lambda) n env...
  // tests: jump to L when the test fails
  TEST_EQ, // L reg k          (exact, =:=)
  TEST_EQ_REG, // L reg reg    (exact, =:=)
  TEST_CONS, // L reg
  TEST_NIL, // L reg
  TEST_TUPLE, // L reg size
  TEST_MAP, // L reg
  TEST_STRUCT, // L reg k(module atom)  (a map whose __struct__ is that module)
  TEST_TRUE, // L reg
  TEST_TRUTHY, // L reg        (fails on nil and false)
  MAP_GET, // L dst map key    (key in a register)
  BIN_PREFIX, // L dst reg k(Bin)  (reg is a binary starting with k; dst = rest)
  BIN_MATCH, // L base reg k(segment specs) (registers base.. receive the segments)
  // destructuring (after a successful test)
  GET_HD, // dst reg
  GET_TL, // dst reg
  GET_ELEM, // dst reg i
  // construction
  CONS, // dst head tail
  TUPLE, // dst n a...
  MAP_NEW, // dst n (k v)...
  MAP_UPDATE, // dst map n (k v)...   (keys must exist: {:badkey, k})
  MAP_PUT, // dst map n (k v)...
  BIN_BUILD, // dst k(segment specs) n a...
  // arithmetic and comparison with small-integer fast paths
  ADD, // dst a b
  SUB, // dst a b
  MUL, // dst a b
  ADDI, // dst a imm   (a + a small integer literal)
  SUBI, // dst a imm
  LT, // dst a b
  LE, // dst a b
  GT, // dst a b
  GE, // dst a b
  EQ, // dst a b  (==)
  NE, // dst a b  (!=)
  EQX, // dst a b  (===)
  NEX, // dst a b  (!==)
  // exceptions
  TRY_BEGIN, // L kind value stack   (handler at L receives the three registers)
  TRY_END, //
  GUARD_BEGIN, // L   (an exception until GUARD_END jumps to L: a guard that raises is false)
  GUARD_END, //
  RAISE, // kind value        (kind register holds :error | :throw | :exit)
  RERAISE, // kind value stack
  FAIL, // k(tag atom) reg  raises {tag, value}, or a bare atom tag when reg is -1
  FUNC_CLAUSE, //            raises :function_clause with the current arguments
  // receive
  RECV_PEEK, // L dst         (next unscanned message, or jump to L)
  RECV_NEXT, // L             (skip the message; go back to L)
  RECV_REMOVE, //             (take the scanned message out of the mailbox)
  RECV_WAIT, // timeout Lloop Ltimeout
  // fused forms the builder emits for common pairs (one dispatch instead of two)
  RETURN_K, // k               (const + return: a clause whose body is a literal)
  TEST_INT, // L reg imm       (test_eq with an integer literal that fits in 32 bits)
  TEST_LT, // L dst a b        (lt dst a b + test_true L dst: a guard's comparison)
  TEST_LE, // L dst a b
  TEST_GT, // L dst a b
  TEST_GE, // L dst a b
}

/** Operand kinds, for the assembler's label patching and the disassembler. */
export const enum Arg {
  Reg,
  Const,
  Label,
  Int,
  /** A count n followed by n registers. */
  Regs,
  /** A count n followed by n (key, value) register pairs. */
  Pairs,
}

const R = Arg.Reg,
  K = Arg.Const,
  L = Arg.Label,
  I = Arg.Int,
  N = Arg.Regs,
  P = Arg.Pairs;

export const OPERANDS: Record<Op, { name: string; args: Arg[] }> = {
  [Op.MOVE]: { name: 'move', args: [R, R] },
  [Op.CONST]: { name: 'const', args: [R, K] },
  [Op.JUMP]: { name: 'jump', args: [L] },
  [Op.RETURN]: { name: 'return', args: [R] },
  [Op.CALL_LOCAL]: { name: 'call_local', args: [R, K, N] },
  [Op.TAIL_LOCAL]: { name: 'tail_local', args: [K, N] },
  [Op.CALL_REMOTE]: { name: 'call_remote', args: [R, K, N] },
  [Op.TAIL_REMOTE]: { name: 'tail_remote', args: [K, N] },
  [Op.CALL_FUN]: { name: 'call_fun', args: [R, R, N] },
  [Op.TAIL_FUN]: { name: 'tail_fun', args: [R, N] },
  [Op.APPLY]: { name: 'apply', args: [R, R, R, R] },
  [Op.TAIL_APPLY]: { name: 'tail_apply', args: [R, R, R] },
  [Op.CALL_BIF]: { name: 'call_bif', args: [R, K, N] },
  [Op.MAKE_FUN]: { name: 'make_fun', args: [R, K, N] },
  [Op.TEST_EQ]: { name: 'test_eq', args: [L, R, K] },
  [Op.TEST_EQ_REG]: { name: 'test_eq_reg', args: [L, R, R] },
  [Op.TEST_CONS]: { name: 'test_cons', args: [L, R] },
  [Op.TEST_NIL]: { name: 'test_nil', args: [L, R] },
  [Op.TEST_TUPLE]: { name: 'test_tuple', args: [L, R, I] },
  [Op.TEST_MAP]: { name: 'test_map', args: [L, R] },
  [Op.TEST_STRUCT]: { name: 'test_struct', args: [L, R, K] },
  [Op.TEST_TRUE]: { name: 'test_true', args: [L, R] },
  [Op.TEST_TRUTHY]: { name: 'test_truthy', args: [L, R] },
  [Op.MAP_GET]: { name: 'map_get', args: [L, R, R, R] },
  [Op.BIN_PREFIX]: { name: 'bin_prefix', args: [L, R, R, K] },
  [Op.BIN_MATCH]: { name: 'bin_match', args: [L, R, R, K] },
  [Op.GET_HD]: { name: 'get_hd', args: [R, R] },
  [Op.GET_TL]: { name: 'get_tl', args: [R, R] },
  [Op.GET_ELEM]: { name: 'get_elem', args: [R, R, I] },
  [Op.CONS]: { name: 'cons', args: [R, R, R] },
  [Op.TUPLE]: { name: 'tuple', args: [R, N] },
  [Op.MAP_NEW]: { name: 'map_new', args: [R, P] },
  [Op.MAP_UPDATE]: { name: 'map_update', args: [R, R, P] },
  [Op.MAP_PUT]: { name: 'map_put', args: [R, R, P] },
  [Op.BIN_BUILD]: { name: 'bin_build', args: [R, K, N] },
  [Op.ADD]: { name: 'add', args: [R, R, R] },
  [Op.SUB]: { name: 'sub', args: [R, R, R] },
  [Op.MUL]: { name: 'mul', args: [R, R, R] },
  [Op.ADDI]: { name: 'addi', args: [R, R, I] },
  [Op.SUBI]: { name: 'subi', args: [R, R, I] },
  [Op.LT]: { name: 'lt', args: [R, R, R] },
  [Op.LE]: { name: 'le', args: [R, R, R] },
  [Op.GT]: { name: 'gt', args: [R, R, R] },
  [Op.GE]: { name: 'ge', args: [R, R, R] },
  [Op.EQ]: { name: 'eq', args: [R, R, R] },
  [Op.NE]: { name: 'ne', args: [R, R, R] },
  [Op.EQX]: { name: 'eqx', args: [R, R, R] },
  [Op.NEX]: { name: 'nex', args: [R, R, R] },
  [Op.TRY_BEGIN]: { name: 'try_begin', args: [L, R, R, R] },
  [Op.TRY_END]: { name: 'try_end', args: [] },
  [Op.GUARD_BEGIN]: { name: 'guard_begin', args: [L] },
  [Op.GUARD_END]: { name: 'guard_end', args: [] },
  [Op.RAISE]: { name: 'raise', args: [R, R] },
  [Op.RERAISE]: { name: 'reraise', args: [R, R, R] },
  [Op.FAIL]: { name: 'fail', args: [K, I] },
  [Op.FUNC_CLAUSE]: { name: 'func_clause', args: [] },
  [Op.RECV_PEEK]: { name: 'recv_peek', args: [L, R] },
  [Op.RECV_NEXT]: { name: 'recv_next', args: [L] },
  [Op.RECV_REMOVE]: { name: 'recv_remove', args: [] },
  [Op.RECV_WAIT]: { name: 'recv_wait', args: [R, L, L] },
  [Op.RETURN_K]: { name: 'return_k', args: [K] },
  [Op.TEST_INT]: { name: 'test_int', args: [L, R, I] },
  [Op.TEST_LT]: { name: 'test_lt', args: [L, R, R, R] },
  [Op.TEST_LE]: { name: 'test_le', args: [L, R, R, R] },
  [Op.TEST_GT]: { name: 'test_gt', args: [L, R, R, R] },
  [Op.TEST_GE]: { name: 'test_ge', args: [L, R, R, R] },
};

/** The length in words of the instruction at pc (opcode included). */
export function instructionLength(code: Int32Array, pc: number): number {
  const shape = OPERANDS[code[pc] as Op];
  let at = pc + 1;
  for (const a of shape.args) {
    if (a === Arg.Regs) at += 1 + code[at];
    else if (a === Arg.Pairs) at += 1 + 2 * code[at];
    else at += 1;
  }
  return at - pc;
}
