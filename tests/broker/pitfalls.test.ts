// The pitfall rules against real ActiveMQ 5.17 (network-pitfalls.md P1, P2, P7, P9; P13 in serialStart.test.ts): each faulty configuration fails
// the way its rule says, and the files the project exports work. The faulty files are the export with the one
// protection removed (or the one bad attribute added); the rule must fire on them and not on the export.

import { afterAll, describe, expect, it, vi } from 'vitest';
import { exampleTopology } from '../../src/model';
import { deliver, passwordOf } from './delivery';
import { type PitfallNetwork, startFiles, withBrokerAttribute } from './pitfallHarness';
import { portListens } from './brokerProcess';
import { type StompClient, StompTimeout } from './stomp';
import { BrokerProcess } from './brokerProcess';

// Each test starts a network; on a loaded machine a start alone has taken two minutes.
vi.setConfig({ testTimeout: 420_000 });

const PAIR = () => exampleTopology('clustering-2009');
const NOC = 'noc1-broker';
const DC = 'dc1-broker';
const WINDOW_MS = 12_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const running: PitfallNetwork[] = [];
afterAll(async () => {
  await Promise.all(running.map((n) => n.stop()));
});

async function start(edit?: (broker: string, xml: string) => string): Promise<PitfallNetwork> {
  // Generous: on a loaded 2-core machine a JVM has taken over a minute just to read its XML.
  const net = await startFiles(PAIR(), { edit, readyTimeoutMs: 300_000 });
  running.push(net);
  return net;
}

async function client(net: PitfallNetwork, broker: string, user: string): Promise<StompClient> {
  return net.stomp(broker, user, passwordOf(net.topology, broker, user));
}

/** Every message that arrives within `ms` (frames, in order). */
async function drain(c: StompClient, ms: number, until?: (n: number) => boolean) {
  const got: { id: string; body: string }[] = [];
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !until?.(got.length)) {
    try {
      const f = await c.waitForMessage(Math.max(1, deadline - Date.now()));
      got.push({ id: f.headers['message-id'], body: f.body });
    } catch (e) {
      if (!(e instanceof StompTimeout)) throw e;
    }
  }
  return got;
}

/**
 * P1: a consumer at DC takes queue messages over the bridge (prefetch 1, client ack), leaves without acking; a
 * consumer then subscribes at NOC, where the messages were sent. Returns how many of 10 reach it.
 */
async function strandedRun(net: PitfallNetwork): Promise<number> {
  const queue = `/queue/mcollective.p1.${Date.now()}`;
  const far = await client(net, DC, 'mcollective');
  await far.subscribe(queue, 'far', { ack: 'client', 'activemq.prefetchSize': '1' });
  await sleep(1500); // the consumer advisory crosses the bridge: NOC's demand subscription exists
  const producer = await client(net, NOC, 'mcollective');
  for (let i = 0; i < 10; i++) await producer.send(queue, `p1 #${i}`, { persistent: 'true' });
  const first = await drain(far, WINDOW_MS, (n) => n >= 1);
  expect(first.length, `the far consumer got nothing: the bridge did not forward\n${net.logTails(10)}`).toBe(1);
  await sleep(3000); // the other nine are forwarded behind the first (network prefetch 1000)
  far.close(); // leaves without acking: its message goes back to DC's queue
  const near = await client(net, NOC, 'mcollective');
  await near.subscribe(queue);
  const back = await drain(near, WINDOW_MS, (n) => n >= 10);
  await Promise.all([producer.disconnect(), near.disconnect()]);
  return back.length;
}

describe('P1 stranded-queue-messages on real brokers', () => {
  it('without the replay filter, queue messages forwarded to a broker whose consumer left stay there (0 of 10)', async () => {
    const net = await start((_b, xml) => xml.replace(/\s*<networkBridgeFilterFactory>[\s\S]*?<\/networkBridgeFilterFactory>/g, ''));
    try {
      expect(net.codes).toContain('stranded-queue-messages');
      expect(await strandedRun(net)).toBe(0);
    } finally {
      await net.stop();
    }
  });

  it('as exported (replay policy), all 10 come back to the new consumer', async () => {
    const net = await start();
    try {
      expect(net.codes).not.toContain('stranded-queue-messages');
      expect(await strandedRun(net)).toBe(10);
    } finally {
      await net.stop();
    }
  });
});

describe('P2 advisory-support-off on real brokers', () => {
  const probe = async (net: PitfallNetwork) => Promise.all(['/queue/mcollective.p2', '/topic/mcollective.p2'].map((d) =>
    deliver(net, { broker: NOC, user: 'mcollective' }, { broker: DC, user: 'mcollective' }, `${d}.${Date.now()}`, WINDOW_MS)));

  it('with advisorySupport="false" on the consumer\'s broker, neither a queue nor a topic message crosses to it', async () => {
    const net = await start((b, xml) => (b === DC ? withBrokerAttribute(xml, 'advisorySupport="false"') : xml));
    try {
      expect(net.codes).toContain('advisory-support-off');
      const [q, t] = await probe(net);
      expect(q.frame, 'queue message crossed').toBeUndefined();
      expect(t.frame, 'topic message crossed').toBeUndefined();
      expect(q.sends).toBeGreaterThan(3);
      // The other direction (advisories on at NOC) still delivers: the bridge itself is up.
      const back = await deliver(net, { broker: DC, user: 'mcollective' }, { broker: NOC, user: 'mcollective' }, `/queue/mcollective.p2back.${Date.now()}`, WINDOW_MS);
      expect(back.frame, net.logTails(10)).toBeDefined();
    } finally {
      await net.stop();
    }
  });

  it('as exported, both cross', async () => {
    const net = await start();
    try {
      expect(net.codes).not.toContain('advisory-support-off');
      const [q, t] = await probe(net);
      expect(q.frame, net.logTails(10)).toBeDefined();
      expect(t.frame, net.logTails(10)).toBeDefined();
    } finally {
      await net.stop();
    }
  });
});

/**
 * P7: a Consumer.X.VirtualTopic.* queue consumer and a plain topic subscriber at DC, 10 non-persistent messages to the
 * virtual topic at NOC. Returns every delivery to the queue consumer, how many distinct messages they were, and the
 * second copies DC's queue caught itself (it logs "duplicate message ID … Redirecting to dlq" for a copy that meets
 * its twin in the queue). Which copies are delivered and which are caught depends on timing; their sum does not.
 */
async function virtualTopicRun(net: PitfallNetwork): Promise<{ total: number; distinct: number; caught: number; reached: number }> {
  const name = `VirtualTopic.P7x${Date.now()}`;
  const queueConsumer = await client(net, DC, 'admin');
  await queueConsumer.subscribe(`/queue/Consumer.X.${name}`);
  const topicSubscriber = await client(net, DC, 'admin');
  await topicSubscriber.subscribe(`/topic/${name}`);
  await sleep(2000);
  const producer = await client(net, NOC, 'admin');
  // Non-persistent: a persistent second copy can also be dropped by the store, which hides it without a word.
  for (let i = 0; i < 10; i++) await producer.send(`/topic/${name}`, `p7 #${i}`, { persistent: 'false' });
  const got = await drain(queueConsumer, WINDOW_MS);
  await Promise.all([queueConsumer.disconnect(), topicSubscriber.disconnect(), producer.disconnect()]);
  const caughtLines = net.brokers.get(DC)!.log().split('\n').filter((l) => l.includes(`Consumer.X.${name}`) && /duplicate message ID/.test(l));
  // The messages that reached the consumer's broker: delivered, or caught there as a copy (same message id).
  const caughtIds = caughtLines.map((l) => /duplicate message (ID:\S+)/.exec(l)?.[1]);
  const reached = new Set([...got.map((g) => g.id), ...caughtIds]).size;
  return { total: got.length, distinct: new Set(got.map((g) => g.body)).size, caught: caughtLines.length, reached };
}

// The queue cursor's audit hides second copies by message id without a trace, so both runs turn it off on the queue
// entries: what is shown is whether the configuration makes the copies, not whether the audit happens to catch them.
const auditOff = (xml: string) => xml.replace(/<policyEntry queue="([^"]*)"/g, '<policyEntry queue="$1" enableAudit="false"');

describe('P7 virtual-topic-duplicates on real brokers', () => {
  it('without local="true", every message reaches the queue consumer\'s broker twice (delivered twice or caught as a duplicate)', async () => {
    const net = await start((_b, xml) => auditOff(xml).replace(/ prefix="Consumer\.\*\." local="true"/, ' prefix="Consumer.*."'));
    try {
      expect(net.codes).toContain('virtual-topic-duplicates');
      const r = await virtualTopicRun(net);
      console.log(`P7 faulty (audit off): ${r.total} deliveries, ${r.distinct} distinct, ${r.caught} copies caught by the queue`);
      // Every message reached the consumer's broker (delivered, or its copy caught there). Not every one is always
      // delivered within the window: CI once saw 9 distinct of 10, with copies of 9 caught.
      expect(r.reached, net.logTails(10)).toBe(10);
      expect(r.total + r.caught, 'no second copy reached the consumer\'s broker').toBeGreaterThan(10);
    } finally {
      await net.stop();
    }
  });

  it('as exported (virtualTopic local="true"), each message arrives once', async () => {
    const net = await start((_b, xml) => auditOff(xml));
    try {
      expect(net.codes).not.toContain('virtual-topic-duplicates');
      const r = await virtualTopicRun(net);
      console.log(`P7 exported (audit off): ${r.total} deliveries, ${r.distinct} distinct, ${r.caught} copies caught`);
      expect(r).toEqual({ total: 10, distinct: 10, caught: 0, reached: 10 });
    } finally {
      await net.stop();
    }
  });
});

describe('P9 network-prefetch-invalid on real brokers', () => {
  it('prefetchSize="0" on a network connector: the broker does not start', async () => {
    let proc: BrokerProcess | undefined;
    const { startFilesRaw } = await import('./pitfallRaw');
    const run = await startFilesRaw(PAIR(), NOC, (xml) => xml.replace(/<networkConnector /, '<networkConnector prefetchSize="0" '));
    proc = run.proc;
    try {
      expect(run.codes).toContain('network-prefetch-invalid');
      const deadline = Date.now() + 90_000;
      while (Date.now() < deadline && proc.running && !/prefetchSize must be > 0/.test(proc.log())) await sleep(500);
      expect(proc.log()).toMatch(/prefetchSize must be > 0 because network consumers do not poll/);
      expect(await portListens(run.openwirePort)).toBe(false);
    } finally {
      await run.stop();
    }
  });

  it('as exported (no prefetchSize), the same broker starts and bridges', async () => {
    const net = await start();
    try {
      expect(net.codes).not.toContain('network-prefetch-invalid');
      expect(net.brokers.get(NOC)!.running).toBe(true);
    } finally {
      await net.stop();
    }
  });
});
