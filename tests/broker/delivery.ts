// "Does a message sent at broker A reach a subscriber at broker B?", asked over real STOMP connections: the one
// procedure both the positive and the negative checks use, so they differ only in the network they run on.

import { expect } from 'vitest';
import type { Topology } from '../../src/model';
import type { RunningNetwork } from './harness';
import { type StompClient, type StompFrame, StompTimeout } from './stomp';

export interface Endpoint {
  broker: string;
  user: string;
}

/** The password the topology gives `user` on `broker` (the same one its exported XML holds). */
export function passwordOf(topology: Topology, broker: string, user: string): string {
  const u = topology.brokers.find((b) => b.name === broker)?.users?.find((x) => x.username === user);
  if (!u) throw new Error(`broker ${broker} has no user ${user}`);
  return u.password;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Subscribes at `to`, gives the consumer's advisory a moment to travel, then sends a tagged message at `from` once a
 * second until the subscriber receives one or `windowMs` has passed (a message with nowhere to go is dropped, so a
 * send before the demand arrived is simply retried). Returns the received frame, or undefined if none came.
 * Every send waits for the broker's RECEIPT, so "undefined" never means "the broker refused the send". Messages of
 * other probes running at the same time on the same destination are skipped: only our own tag counts.
 */
export async function deliver(net: RunningNetwork, from: Endpoint, to: Endpoint, destination: string, windowMs: number): Promise<{ frame?: StompFrame; tag: string; sends: number }> {
  const tag = `probe-${Math.random().toString(36).slice(2, 10)}`;
  const receiver = await net.stomp(to.broker, to.user, passwordOf(net.topology, to.broker, to.user));
  let sender: StompClient | undefined;
  try {
    sender = await net.stomp(from.broker, from.user, passwordOf(net.topology, from.broker, from.user));
    await receiver.subscribe(destination);
    await sleep(1000);
    const deadline = Date.now() + windowMs;
    let sends = 0;
    while (Date.now() < deadline) {
      sends++;
      await sender.send(destination, `${tag} #${sends} from ${from.broker} to ${to.broker}`, { 'x-probe': tag });
      const frame = await ownMessage(receiver, tag, Math.min(1000, deadline - Date.now()));
      if (frame) return { frame, tag, sends };
    }
    return { tag, sends };
  } finally {
    await Promise.all([receiver.disconnect(), sender?.disconnect()]);
  }
}

/** A delivery that must happen within windowMs (it returns as soon as it does): the message, its tag and body. */
export async function expectDelivery(net: RunningNetwork, from: Endpoint, to: Endpoint, destination: string, windowMs = 15_000): Promise<void> {
  const r = await deliver(net, from, to, destination, windowMs);
  const what = `${destination} from ${from.user}@${from.broker} to ${to.user}@${to.broker}`;
  expect(r.frame, `nothing arrived for ${what} after ${r.sends} sends\n${net.logTails(10)}`).toBeDefined();
  expect(r.frame!.headers.destination, what).toBe(destination);
  expect(r.frame!.headers['x-probe'], what).toBe(r.tag);
  expect(r.frame!.body, what).toContain(`from ${from.broker} to ${to.broker}`);
}

/** The first message carrying our tag within timeoutMs; other probes on the same destination are passed over. */
async function ownMessage(receiver: StompClient, tag: string, timeoutMs: number): Promise<StompFrame | undefined> {
  const until = Date.now() + timeoutMs;
  for (let left = timeoutMs; left > 0; left = until - Date.now()) {
    try {
      const frame = await receiver.waitForMessage(left);
      if (frame.headers['x-probe'] === tag) return frame;
    } catch (e) {
      if (!(e instanceof StompTimeout)) throw e;
      return undefined;
    }
  }
  return undefined;
}
