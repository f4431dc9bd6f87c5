// One-click fixes for the Amazon MQ diagnostics (registered in model/fixes.ts): give a broker the service's
// endpoints instead of self-managed transports and stores, and break endpoint-reference cycles with one duplex link
// per pair from one side (or a duplex link turned around). Each is offered only if it clears what was diagnosed.

import type { Fix } from '../fixes';
import { linkId } from '../names';
import { deriveNetwork } from '../network';
import type { Broker, Diagnostic, Link, Topology, Transport } from '../types';
import { amazonMqCycles } from '../validate/amazonMqCycles';

/** What an Amazon MQ broker offers, as transports: OpenWire and STOMP over TLS on the service's ports. */
export const SERVICE_TRANSPORTS: readonly Transport[] = [
  { name: 'openwire', uri: 'ssl://0.0.0.0:61617' },
  { name: 'stomp', uri: 'stomp+ssl://0.0.0.0:61614' },
];

function serviceEndpoints(name: string): Fix {
  return {
    label: `Use Amazon MQ's endpoints on ${name}`,
    apply: (t) => ({
      ...t,
      brokers: t.brokers.map((b): Broker => {
        if (b.name !== name) return b;
        const { ssl: _ssl, ...rest } = b;
        return { ...rest, transports: SERVICE_TRANSPORTS.map((x) => ({ ...x })) };
      }),
      // Links that named one of the old transports dial the service's OpenWire endpoint now.
      links: t.links.map((l) => {
        if (l.to !== name || l.transport === undefined) return l;
        const { transport: _t, ...rest } = l;
        return rest;
      }),
    }),
  };
}

/** The Amazon MQ codes amazonMqFixes may offer a fix for. */
export const AMAZON_MQ_FIX_CODES = ['amazon-mq-unsupported', 'amazon-mq-transport', 'amazon-mq-dependency-cycle'] as const;

export function amazonMqFixes(topology: Topology, d: Diagnostic): Fix[] {
  if (d.code === 'amazon-mq-unsupported') {
    const b = topology.brokers.find((x) => x.name === d.brokers[0]);
    return b && /^(Transport|The SSL context)/.test(d.message) ? [serviceEndpoints(b.name)] : [];
  }
  if (d.code === 'amazon-mq-transport') {
    const link = topology.links.find((l) => linkId(l) === d.links[0]);
    return link && !link.connectors ? [serviceEndpoints(link.to)] : [];
  }
  if (d.code === 'amazon-mq-dependency-cycle') return cycleFixes(topology, d);
  return [];
}

function stillCycles(t: Topology, brokers: string[]): boolean {
  const set = new Set(brokers);
  return amazonMqCycles(deriveNetwork(t)).some((c) => c.brokers.some((b) => set.has(b)));
}

function cycleFixes(topology: Topology, d: Diagnostic): Fix[] {
  const candidates: Fix[] = [];
  if (d.brokers.length === 2) {
    const [a, b] = d.brokers;
    const between = (l: Link) => (l.from === a && l.to === b) || (l.from === b && l.to === a);
    for (const [from, to] of [[a, b], [b, a]]) {
      candidates.push({
        label: `One duplex link from ${from} to ${to}`,
        apply: (t) => {
          const first = t.links.findIndex(between);
          if (first < 0) return t;
          // The first link's credentials and TTL stay: the bridge user is the same on both ends anyway.
          const keep = t.links.find((l) => between(l) && l.from === from) ?? t.links[first];
          const one: Link = { from, to, duplex: true };
          for (const k of ['userName', 'password', 'networkTTL'] as const) if (keep[k] !== undefined) (one as unknown as Record<string, unknown>)[k] = keep[k];
          const links: Link[] = [];
          t.links.forEach((l, i) => { if (i === first) links.push(one); else if (!between(l)) links.push(l); });
          return { ...t, links };
        },
      });
    }
  } else {
    const ids = new Set(d.links);
    topology.links.forEach((l) => {
      if (!l.duplex || !ids.has(linkId(l))) return;
      const target = l;
      candidates.push({
        label: `Turn ${linkId(l)} around (${l.to} dials ${l.from})`,
        apply: (t) => ({ ...t, links: t.links.map((x) => (x === target ? { ...x, from: x.to, to: x.from } : x)) }),
      });
    });
  }
  return candidates.filter((f) => !stillCycles(f.apply(topology), d.brokers));
}
