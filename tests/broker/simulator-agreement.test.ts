// The simulator against real ActiveMQ 5.17: for the example networks and deliberately broken variants of them,
// every chosen flow (source broker, consumer broker, topic or queue) is predicted by simulate() and observed on
// brokers started from the exported files; the two must agree on every flow.

import { afterAll, describe, expect, it } from 'vitest';
import { type FlowOutcome, compareFlows, describeOutcome, flowsOf } from './agreement';
import { deliver } from './delivery';
import { type RunningNetwork, startNetwork } from './harness';
import { agreementNetworks } from './variants';

// The same window for every flow, whatever the prediction: deliveries return within a second or two of the first
// send; a flow that has not delivered after this many acknowledged sends counts as "not delivered".
const WINDOW_MS = 12_000;

const all: FlowOutcome[] = [];

describe('simulate() agrees with real brokers, flow by flow', () => {
  let net: RunningNetwork | undefined;
  afterAll(async () => {
    await net?.stop();
  });

  for (const network of agreementNetworks()) {
    it(network.name, async () => {
      const started = Date.now();
      net = await startNetwork(network.topology, { adjust: network.adjust });
      try {
        const flows = flowsOf(network);
        // Controls in the same window: each broker delivers to its own consumer, so a flow that does not arrive
        // is the network's doing, not a dead broker or a refused login.
        const controls = net.topology.brokers.map((b) =>
          deliver(net!, { broker: b.name, user: 'mcollective' }, { broker: b.name, user: 'mcollective' }, `/topic/mcollective.agreement.control.${b.name}`, WINDOW_MS));
        const [outcomes, controlResults] = await Promise.all([compareFlows(net, flows, WINDOW_MS), Promise.all(controls)]);
        all.push(...outcomes);

        const report = outcomes.map((o) => `${o.predicted === o.observed ? '  ok ' : '  DISAGREE '}${describeOutcome(o)}`).join('\n');
        console.log(`${network.name}: ${outcomes.length} flows, ${outcomes.filter((o) => o.observed).length} delivered, ` +
          `${outcomes.filter((o) => o.predicted === o.observed).length} agreed (${((Date.now() - started) / 1000).toFixed(1)} s)\n${report}`);

        controlResults.forEach((c, i) => expect(c.frame, `local control at ${net!.topology.brokers[i].name}\n${net!.logTails(10)}`).toBeDefined());
        // The network itself was alive during the window: some message crossed a bridge.
        expect(outcomes.some((o) => o.observed), `no flow delivered at all\n${net.logTails(10)}`).toBe(true);
        for (const o of outcomes.filter((x) => !x.observed)) expect(o.sends, describeOutcome(o)).toBeGreaterThan(1);
        const disagreements = outcomes.filter((o) => o.predicted !== o.observed);
        expect(disagreements.map(describeOutcome), `the simulator disagrees with the brokers\n${net.logTails(10)}`).toEqual([]);
      } finally {
        await net.stop();
        net = undefined;
      }
    });
  }

  it('agreed on every flow compared', () => {
    const agreed = all.filter((o) => o.predicted === o.observed).length;
    const predictedNo = all.filter((o) => !o.predicted).length;
    console.log(`simulator agreement: ${all.length} flows compared, ${agreed} agreed (${predictedNo} predicted not delivered)`);
    expect(all.length, 'every network ran all its flows').toBe(agreementNetworks().reduce((n, x) => n + flowsOf(x).length, 0));
    expect(agreed).toBe(all.length);
  });
});
