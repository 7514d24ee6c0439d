// Loads every native module so that each registers its functions in the table. The VM imports
// this once; the natives that need process state (self, send, spawn, links) live in the VM.
import './erlang.ts';
import './lists.ts';
import './maps.ts';
import './math.ts';
import './binary.ts';
import './string.ts';
import './number.ts';
import './inspect.ts';
import './macro.ts';
import './rand.ts';
import './regex.ts';
import './external.ts';
import './base.ts';
import './io_lib.ts';
import './timer.ts';
