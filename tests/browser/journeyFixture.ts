// The journey's saved topology in a comparable form: positions dropped, every distinct password replaced by
// <password-N> in order of first appearance (so equal passwords stay equal and the fixture holds no secret).

import { toJson, type Topology } from '../../src/model';

export function normalizeJourney(t: Topology): unknown {
  const ids = new Map<string, string>();
  const mask = (p: string) => { let id = ids.get(p); if (!id) ids.set(p, (id = `<password-${ids.size + 1}>`)); return id; };
  const json = JSON.parse(JSON.stringify(toJson(t))) as { brokers: Record<string, unknown>[] };
  for (const b of json.brokers) delete b.position;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, /password/i.test(k) && typeof x === 'string' ? mask(x) : walk(x)]));
    return v;
  };
  return walk(json);
}
