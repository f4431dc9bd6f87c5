// Sends the planned probes through the running brokers and observes them: connect to every broker, subscribe every
// receiver, warm up (re-send a warm-up message on each destination until every receiver saw one, so the consumers'
// demand has crossed the network: a topic message sent before it would be dropped), then one tagged probe per
// destination, counted per receiver for a short settle time (duplicates). Bounded in messages and time; at the end
// it unsubscribes, drains any probe left on a queue at any broker, and disconnects.

import type { IMessage, StompSubscription } from '@stomp/stompjs';
import { type BrokerProbe, type Endpoint, type FlowObservation, stompDestination, type VerifyPlan } from '../../model/verify';
import { openConnection, type ProbeConnection } from './connection';

export interface RunOptions {
  /** Overall bound of the run. */
  timeoutMs: number;
  ca?: string[];
}

/** At most this many warm-up messages per destination. */
export const MAX_WARMUPS = 20;
const WARMUP_FIRST_MS = 500;
const WARMUP_MAX_MS = 4000;
const SETTLE_MS = 1000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Receiver {
  flow: number;
  conn: ProbeConnection;
  sub?: StompSubscription;
  warm: boolean;
  copies: number;
  latencyMs: number | null;
}

export interface Observation {
  brokers: BrokerProbe[];
  flows: FlowObservation[];
}

export async function runProbes(plan: VerifyPlan, endpoints: Endpoint[], opts: RunOptions): Promise<Observation> {
  const started = Date.now();
  const deadline = started + opts.timeoutMs;
  const left = () => deadline - Date.now();
  const connectMs = Math.max(1000, Math.min(10_000, opts.timeoutMs / 4));
  const opened = await Promise.all(endpoints.map(async (e) => ({ e, r: await openConnection(e, opts.ca, connectMs) })));
  const conns = new Map<string, ProbeConnection>();
  const brokers: BrokerProbe[] = opened.map(({ e, r }) => {
    if (r.connection) conns.set(e.broker, r.connection);
    return { name: e.broker, address: `${e.host}:${e.port}`, status: r.status, ...(r.error ? { error: r.error } : {}) };
  });
  const flows: FlowObservation[] = plan.flows.map(() => ({ delivered: false, copies: 0, latencyMs: null }));
  const receivers: Receiver[][] = plan.groups.map(() => []);
  const sentAt = new Map<string, number>();
  try {
    // Subscribe every receiver whose broker and sender are connected.
    await Promise.all(plan.groups.map(async (g, gi) => {
      if (!conns.has(g.from)) return;
      const stomp = stompDestination(g.destination);
      await Promise.all(g.flows.map(async (fi) => {
        const conn = conns.get(plan.flows[fi].to);
        if (!conn) return;
        const r: Receiver = { flow: fi, conn, warm: false, copies: 0, latencyMs: null };
        receivers[gi].push(r);
        const onMessage = (m: IMessage) => {
          const tag = m.headers['amqnd-verify'];
          if (tag === 'warmup') r.warm = true;
          else if (tag && sentAt.has(tag)) {
            r.copies++;
            r.latencyMs ??= Date.now() - sentAt.get(tag)!;
          }
        };
        r.sub = await conn.subscribe(stomp, onMessage).catch(() => undefined);
      }));
    }));

    // Warm-up: at most MAX_WARMUPS sends per destination within half of what is left, spaced out more and more
    // (0.5 s, 1 s, 2 s, then every 4 s) so a slow network has time without a flood of messages.
    const warmUntil = Date.now() + left() / 2;
    await Promise.all(plan.groups.map(async (g, gi) => {
      const sender = conns.get(g.from);
      const rs = receivers[gi].filter((r) => r.sub);
      if (!sender || !rs.length) return;
      for (let n = 0; n < MAX_WARMUPS && Date.now() < warmUntil && rs.some((r) => !r.warm); n++) {
        await sender.send(stompDestination(g.destination), `warm-up ${n + 1} of run ${plan.runId}`, { 'amqnd-verify': 'warmup' }).catch(() => {});
        const wait = Math.min(WARMUP_FIRST_MS * 2 ** n, WARMUP_MAX_MS);
        for (const until = Math.min(Date.now() + wait, warmUntil); Date.now() < until && rs.some((r) => !r.warm);) await sleep(25);
      }
    }));

    // One probe per destination, then wait for it (bounded) and a settle time for duplicates.
    await Promise.all(plan.groups.map(async (g, gi) => {
      const sender = conns.get(g.from);
      if (!sender || !receivers[gi].some((r) => r.sub)) return;
      const tag = `${plan.runId}-${gi}`;
      sentAt.set(tag, Date.now());
      await sender.send(stompDestination(g.destination), `probe ${tag} from ${g.from}`, { 'amqnd-verify': tag }).catch(() => {});
    }));
    const probeUntil = Date.now() + Math.max(0, Math.min(5000, left() - SETTLE_MS - 2000));
    const all = receivers.flat().filter((r) => r.sub);
    while (Date.now() < probeUntil && all.some((r) => r.copies === 0 && r.warm)) await sleep(25);
    await sleep(Math.max(0, Math.min(SETTLE_MS, left() - 2000)));
    for (const r of receivers.flat()) flows[r.flow] = { delivered: r.copies > 0, copies: r.copies, latencyMs: r.latencyMs };
  } finally {
    await cleanUp(plan, conns, receivers, flows);
  }
  return { brokers, flows };
}

/** Unsubscribes, drains the probe queues that did not deliver everything at every broker, disconnects. */
async function cleanUp(plan: VerifyPlan, conns: Map<string, ProbeConnection>, receivers: Receiver[][], flows: FlowObservation[]): Promise<void> {
  await Promise.all(receivers.flat().filter((r) => r.sub).map((r) => r.conn.unsubscribe(r.sub!).catch(() => {})));
  // A queue message with no consumer waits at the broker it reached: fetch what is left of ours (a late warm-up, an
  // undelivered probe) where it can be: on the planned path, or anywhere for a flow that did not deliver.
  const drains = plan.groups.filter((g) => g.type === 'queue').flatMap((g) => {
    const failed = g.flows.some((fi) => !flows[fi].delivered);
    const at = failed ? [...conns.keys()] : [...new Set(g.flows.flatMap((fi) => [plan.flows[fi].from, ...plan.flows[fi].path, plan.flows[fi].to]))];
    return at.filter((b) => conns.has(b)).map((b) => ({ conn: conns.get(b)!, destination: stompDestination(g.destination) }));
  });
  await Promise.all(drains.map(async ({ conn, destination }) => {
    let last = Date.now();
    const sub = await conn.subscribe(destination, () => { last = Date.now(); }).catch(() => undefined);
    if (!sub) return;
    const until = Date.now() + 3000;
    while (Date.now() < until && Date.now() - last < 500) await sleep(50);
    await conn.unsubscribe(sub).catch(() => {});
  }));
  await Promise.all([...conns.values()].map((c) => c.close()));
}
