// :rand, enough for Enum.random/1, Enum.shuffle/1 and the learner's own dice. The state is
// the JS generator, not a per-process seed.
import { registerBif } from './registry.ts';
import { Float } from '../terms/types.ts';
import { badarg } from './util.ts';

registerBif('rand', 'uniform', 0, () => new Float(Math.random()));
registerBif('rand', 'uniform', 1, ([n]) => {
  if (typeof n !== 'number' || n < 1) badarg();
  return 1 + Math.floor(Math.random() * n);
});
