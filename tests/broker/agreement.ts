// Flow-by-flow comparison of the model's simulate() with real brokers: for each (source, consumer, destination)
// the prediction comes from simulate() on the topology the brokers run, the observation from the delivery probe.

import { parseDestination, simulate } from '../../src/model';
import { deliver } from './delivery';
import type { RunningNetwork } from './harness';
import type { Network } from './variants';

export interface Flow {
  from: string;
  to: string;
  /** `topic://name` or `queue://name`, one destination per flow so probes never compete for a queue message. */
  destination: string;
  user: string;
}

export interface FlowOutcome extends Flow {
  predicted: boolean;
  /** The simulator's path or reason, for messages. */
  why: string;
  observed: boolean;
  sends: number;
}

const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');

export function flowsOf(network: Network): Flow[] {
  return network.pairs.flatMap(([from, to]) =>
    network.destinations.map(({ prefix, user }) => ({ from, to, user, destination: `${prefix}.${safe(from)}.to.${safe(to)}` })));
}

/** `topic://x` → `/topic/x` (ActiveMQ's STOMP names). */
export function stompDestination(destination: string): string {
  const d = parseDestination(destination);
  if (!d) throw new Error(`not a destination: ${destination}`);
  return `/${d.type}/${d.name}`;
}

/**
 * Runs every flow at once against the running network, each with the same window whatever the prediction, so the
 * observation does not depend on what the simulator said. Flows that deliver return early; the rest wait out the
 * window (their sends were all acknowledged by the source broker).
 */
export async function compareFlows(net: RunningNetwork, flows: Flow[], windowMs: number): Promise<FlowOutcome[]> {
  return Promise.all(flows.map(async (flow): Promise<FlowOutcome> => {
    const sim = simulate(net.topology, flow.from, [flow.to], parseDestination(flow.destination)!).results[0];
    const why = sim.delivered ? sim.path.join(' → ') : sim.reason ?? '(no reason)';
    const r = await deliver(net, { broker: flow.from, user: flow.user }, { broker: flow.to, user: flow.user }, stompDestination(flow.destination), windowMs);
    if (r.frame && (r.frame.headers['x-probe'] !== r.tag || !r.frame.body.includes(`from ${flow.from} to ${flow.to}`))) {
      throw new Error(`the probe of ${describeFlow(flow)} received someone else's message: ${r.frame.body}`);
    }
    return { ...flow, predicted: sim.delivered, why, observed: r.frame !== undefined, sends: r.sends };
  }));
}

export function describeFlow(f: Flow): string {
  return `${f.destination} ${f.from} → ${f.to}`;
}

export function describeOutcome(o: FlowOutcome): string {
  const word = (b: boolean) => (b ? 'delivered' : 'not delivered');
  return `${describeFlow(o)}: simulator ${word(o.predicted)} (${o.why}), brokers ${word(o.observed)} after ${o.sends} sends`;
}
