// Shared pieces of the fix tests: small networks, a deterministic password source, and the check every fix must
// pass (its diagnostic gone, no error that was not there before, the input untouched).

import { expect } from 'vitest';
import { type Broker, type Diagnostic, type Topology, validate } from '../../../src/model';
import type { FixContext } from '../../../src/model/fixContext';
import { fixesFor } from '../../../src/model/fixes';

/** Passwords pw-0001-strong-xyz, pw-0002-…: long enough not to be weak, distinct, reproducible. */
export function counterContext(): FixContext {
  let n = 0;
  return { password: () => `pw-${String(++n).padStart(4, '0')}-strong-xyz` };
}

export function broker(name: string, extra: Partial<Broker> = {}): Broker {
  return {
    name, role: 'broker', host: `${name}.example.net`,
    transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }, { name: 'stomp', uri: 'stomp+nio://0.0.0.0:61613' }],
    ...extra,
  };
}

export function net(brokers: Broker[], links: Topology['links'] = [], preset: 'mcollective' | 'plain' = 'mcollective'): Topology {
  return { format: 'amq-topology/1', settings: { preset }, brokers, links };
}

export const codes = (t: Topology) => validate(t).map((d) => d.code);
const key = (d: Diagnostic) => `${d.code}|${d.brokers.join(',')}|${d.links.join(',')}`;

export function first(t: Topology, code: string): Diagnostic {
  const d = validate(t).find((x) => x.code === code);
  expect(d, `${code} in ${codes(t).join(', ')}`).toBeDefined();
  return d!;
}

/**
 * Applies fix `which` (by label or index) of the first `code` diagnostic; expects that diagnostic gone, no error
 * the network did not have, the input unchanged; returns the fixed topology.
 */
export function applyFirstFix(t: Topology, code: string, which: number | string = 0, ctx = counterContext()): Topology {
  const before = structuredClone(t);
  const d = first(t, code);
  const fixes = fixesFor(t, d, ctx);
  const fix = typeof which === 'number' ? fixes[which] : fixes.find((f) => f.label === which);
  expect(fix, `fixes: ${fixes.map((f) => f.label).join(' | ')}`).toBeDefined();
  const after = fix!.apply(t);
  expect(t).toEqual(before);
  const left = validate(after);
  expect(left.map((x) => `${key(x)}|${x.message}`)).not.toContain(`${key(d)}|${d.message}`);
  const hadErrors = new Set(validate(t).filter((x) => x.severity === 'error').map(key));
  expect(left.filter((x) => x.severity === 'error' && !hadErrors.has(key(x)))).toEqual([]);
  return after;
}
