// "Fix all (N)": the first fix of every diagnostic of one code, applied as one edit. Fixes are found on the
// topology as it stands, applied one after the other (each recomputes what it changes from the topology it gets),
// and the code is checked again, a few rounds at most, for diagnostics a first round could not reach.

import { defaultFixContext, type FixContext } from './fixContext';
import { fixesFor } from './fixes';
import type { Topology } from './types';
import { validate } from './validate';

const ROUNDS = 4;

export interface FixAllResult {
  topology: Topology;
  /** How many fixes were applied. */
  applied: number;
  /** Diagnostics of the code still there afterwards. */
  remaining: number;
}

export function fixAll(t: Topology, code: string, ctx: FixContext = defaultFixContext()): FixAllResult {
  let topology = t;
  let applied = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const found = validate(topology).filter((d) => d.code === code);
    const fixes = found.map((d) => fixesFor(topology, d, ctx)[0]).filter((f) => f !== undefined);
    if (!fixes.length) break;
    let next = topology;
    for (const f of fixes) next = f.apply(next);
    if (next === topology) break;
    topology = next;
    applied += fixes.length;
  }
  const remaining = topology === t && applied === 0 ? validate(t).filter((d) => d.code === code).length : validate(topology).filter((d) => d.code === code).length;
  return { topology, applied, remaining };
}
