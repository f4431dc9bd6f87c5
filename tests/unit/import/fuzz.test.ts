// Fuzz: 12,000 mutated fixture files; import throws only TopologyError, and what it accepts round-trips (law b).

import { describe, expect, it } from 'vitest';
import { importBrokerFiles, serializeTopology, TopologyError } from '../../../src/model';
import { allFixtures, fixture, reexport } from './helpers';
import { mutate, prng } from './mutate';

const SEED = Number(process.env.FUZZ_SEED ?? 20240611);
const RUNS = Number(process.env.FUZZ_RUNS ?? 12_000);

describe(`fuzz (seed ${SEED}, FUZZ_SEED / FUZZ_RUNS to change)`, () => {
  it(`${RUNS} mutated files: only TopologyError, and every accepted file re-imports from its export as the same topology`, () => {
    const rand = prng(SEED);
    const sources = allFixtures().flatMap((n) => fixture(n));
    let accepted = 0;
    let refused = 0;
    for (let i = 0; i < RUNS; i++) {
      const src = sources[i % sources.length];
      const m = mutate(src.text, rand);
      const where = `run ${i} (seed ${SEED}) on ${src.name}: ${m.ops.join(', ')}`;
      let topology;
      try {
        topology = importBrokerFiles([{ name: src.name, text: m.text }]);
      } catch (e) {
        if (!(e instanceof TopologyError)) throw new Error(`${where}: threw ${(e as Error)?.stack ?? e}`);
        expect(e.location.file, where).toBe(src.name);
        refused++;
        continue;
      }
      accepted++;
      let again;
      try {
        again = importBrokerFiles(reexport(topology));
      } catch (e) {
        throw new Error(`${where}: accepted, but its export does not import: ${(e as Error)?.message ?? e}`);
      }
      if (serializeTopology(again) !== serializeTopology(topology)) throw new Error(`${where}: the re-import of its export differs (law b)`);
    }
    expect(accepted + refused).toBe(RUNS);
    // Both branches must be exercised, or the mutations are too weak or too strong to test anything.
    expect(accepted).toBeGreaterThan(RUNS / 20);
    expect(refused).toBeGreaterThan(RUNS / 20);
  });
});
