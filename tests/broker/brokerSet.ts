// The brokers of one started network and their lifecycle: log tails for failure messages, and a stop that runs
// once, stops every JVM and removes the network's directory.
import { rmSync } from 'node:fs';
import type { BrokerProcess } from './brokerProcess';

export interface BrokerSet {
  brokers: Map<string, BrokerProcess>;
  logTails(lines?: number): string;
  stop(): Promise<void>;
}

export function brokerSet(root: string): BrokerSet {
  const brokers = new Map<string, BrokerProcess>();
  let stopped = false;
  return {
    brokers,
    logTails: (lines = 25) =>
      [...brokers.values()].map((b) => `--- ${b.name} (${b.running ? 'running' : `exited ${b.exitCode}`}):\n${b.logTail(lines)}`).join('\n'),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await Promise.all([...brokers.values()].map((b) => b.stop()));
      rmSync(root, { recursive: true, force: true });
    },
  };
}
