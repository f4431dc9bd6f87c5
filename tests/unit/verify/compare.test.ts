// verify's verdict and causes from observations, on the NOC example's plans: as designed; a broker unreachable or
// refusing the login; a silent bridge; a path shorter than designed (TTL); an unexpected delivery; duplicates.
import { describe, expect, it } from 'vitest';
import { exampleTopology } from '../../../src/model';
import { type BrokerProbe, compareVerify, type FlowObservation, parseFlows, planVerify, type VerifyPlan } from '../../../src/model/verify';

const topology = exampleTopology('noc-and-countries');
const names = topology.brokers.map((b) => b.name);
const ok = (name: string): BrokerProbe => ({ name, address: `${name}:61613`, status: 'ok' });
const allOk = names.map(ok);
const delivered: FlowObservation = { delivered: true, copies: 1, latencyMs: 12 };
const missed: FlowObservation = { delivered: false, copies: 0, latencyMs: null };
/** Every flow as the simulator expects, except where `change` says otherwise. */
const observe = (plan: VerifyPlan, change: (from: string, to: string, destination: string) => FlowObservation | undefined = () => undefined) =>
  plan.flows.map((f) => change(f.from, f.to, f.destination) ?? (f.expected ? delivered : missed));

describe('compareVerify', () => {
  const plan = planVerify(topology, 'r');
  const all = planVerify(topology, 'r', parseFlows('all', names));

  it('is as designed when every flow delivers once as expected; keeps the contract keys first', () => {
    const r = compareVerify(topology, plan, allOk, observe(plan));
    expect(r.verdict).toBe('as-designed');
    expect(r.causes).toEqual([]);
    expect(Object.keys(r).slice(0, 3)).toEqual(['verdict', 'flows', 'causes']);
    expect(r.flows[0]).toMatchObject({ from: 'noc', to: 'de', destination: 'topic://amqnd.verify.r.broadcast.noc', expected: true, delivered: true, copies: 1, latencyMs: 12 });
  });

  it('names an unreachable broker once, and the flows it explains are untested, not blamed on bridges', () => {
    const brokers = allOk.map((b) => (b.name === 'uk' ? { ...b, status: 'unreachable' as const, error: 'ECONNREFUSED' } : b));
    const r = compareVerify(topology, plan, brokers, observe(plan, (f, t) => (f === 'uk' || t === 'uk' ? missed : undefined)));
    expect(r.verdict).toBe('differs');
    expect(r.causes).toHaveLength(1);
    expect(r.causes[0]).toMatchObject({ kind: 'broker-unreachable', brokers: ['uk'], links: ['noc-uk'] });
    expect(r.causes[0].message).toMatch(/uk cannot be reached at uk:61613 \(ECONNREFUSED\); 2 flows/);
    expect(r.flows.filter((f) => f.untested).map((f) => `${f.from}>${f.to}`)).toEqual(['noc>uk', 'uk>noc']);
  });

  it('says login-refused for a broker that refused the probes\' login', () => {
    const brokers = allOk.map((b) => (b.name === 'de' ? { ...b, status: 'login-refused' as const, error: 'User name [admin] or password is invalid.' } : b));
    const r = compareVerify(topology, plan, brokers, observe(plan, (f, t) => (f === 'de' || t === 'de' ? missed : undefined)));
    expect(r.causes.map((c) => c.kind)).toEqual(['login-refused']);
    expect(r.causes[0].message).toMatch(/password is invalid/);
  });

  it('blames the one bridge no probe crossed while the others carried (a refused bridge login, a removed connector)', () => {
    const r = compareVerify(topology, plan, allOk, observe(plan, (f, t, d) => ((f === 'fr' && t === 'noc' && d.startsWith('queue')) ? missed : undefined)));
    expect(r.verdict).toBe('differs');
    expect(r.causes).toHaveLength(1);
    expect(r.causes[0]).toMatchObject({ kind: 'bridge-silent', brokers: ['fr', 'noc'], links: ['noc-fr'] });
    expect(r.causes[0].message).toMatch(/fr → noc carried no probe \(queues; 1 flow failed.*while 7 flows crossed other bridges/);
  });

  it('says path-differs when a longer path fails although each of its bridges carried other probes (TTL lowered)', () => {
    const r = compareVerify(topology, all, allOk, observe(all, (f, t) => (f !== 'noc' && t !== 'noc' ? missed : undefined)));
    expect(r.causes.map((c) => c.kind)).toEqual(['path-differs']);
    expect(r.causes[0].message).toMatch(/^24 flows of up to 2 hops failed although each of their bridges carried other probes/);
    expect(r.causes[0].links.sort()).toEqual(['noc-de', 'noc-fr', 'noc-uk', 'noc-us']);
  });

  it('says path-differs for a delivery the design does not make, and duplicates for a second copy', () => {
    const ttl1 = exampleTopology('noc-and-countries');
    ttl1.settings.networkTTL = 1;
    const p = planVerify(ttl1, 'r', parseFlows('de>fr,noc>de', names));
    const extra = compareVerify(ttl1, p, allOk, observe(p, (f) => (f === 'de' ? delivered : undefined)));
    expect(extra.causes.map((c) => c.kind)).toEqual(['path-differs']);
    expect(extra.causes[0].message).toMatch(/2 flows were delivered that the design does not deliver.*networkTTL/);
    const dup = compareVerify(topology, plan, allOk, observe(plan, (_f, t) => (t === 'fr' ? { delivered: true, copies: 2, latencyMs: 5 } : undefined)));
    expect(dup.causes).toMatchObject([{ kind: 'duplicates', brokers: ['noc', 'fr'], links: ['noc-fr'] }]);
  });
});
