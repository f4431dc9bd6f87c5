// Owns tests/broker/mcollectiveReal.test.ts: real MCollective 2.12 (Debian's mcollectived and mco) over the
// noc-and-countries example started as real brokers. Every server runs the model's generated server.cfg lines and
// the NOC's mco the generated client.cfg lines, exactly as exported; broadcast (ping), direct addressing (-I),
// discovery by fact (-F), failover to the next pool entry, and the controls that fail on a broken configuration.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Topology, exampleTopology, mcollectiveConfigs } from '../../src/model';
import { type RunningNetwork, startNetwork } from './harness';
import { transportPort } from './localTopology';
import { describeRun, mco, pingIdentities, pingUntil, rpcReplies } from './mco';
import { type McoSet, type ServerSpec, requireMcollective, startMcollective } from './mcoNetwork';

// These bound a failure only: each wait returns as soon as its condition holds. Generous, because 2 cores shared
// with other work can take minutes to start five JVMs and seven Ruby processes.
const READY_MS = 240_000;
const HOOK_MS = 600_000;
const TEST_MS = 400_000;

/** The server groups of the run: de has two servers and the NOC as failover; fr has no failover (the control). */
function addGroups(t: Topology): void {
  const b = (n: string) => t.brokers.find((x) => x.name === n)!;
  b('noc').servers = { name: 'noc-infra', count: 1 };
  b('noc').clients = { name: 'operators' };
  b('de').servers = { name: 'de-web', count: 2, failover: ['noc'] };
  b('fr').servers = { name: 'fr-web', count: 1 };
  b('uk').servers = { name: 'uk-db', count: 1 };
  b('us').servers = { name: 'us-web', count: 1 };
}

const identity = (group: string, i: number) => `${group}-${i}.example.net`;
const STALE = 'us-stale-1.example.net';

describe('real mcollectived and mco on noc-and-countries, from the generated server.cfg and client.cfg', () => {
  let net: RunningNetwork | undefined;
  let mc: McoSet | undefined;
  let failed = false;
  let clientCfg: string;
  const expected: string[] = [];

  beforeAll(async () => {
    requireMcollective();
    net = await startNetwork(exampleTopology('noc-and-countries'), { adjust: addGroups, readyTimeoutMs: READY_MS });
    const files = new Map(mcollectiveConfigs(net.topology).map((f) => [f.path, f.content] as const));
    const specs: ServerSpec[] = [];
    for (const b of net.topology.brokers) {
      if (!b.servers) continue;
      for (let i = 1; i <= b.servers.count; i++) {
        const id = identity(b.servers.name, i);
        expected.push(id);
        specs.push({ identity: id, broker: b.name, cfg: files.get(`${b.name}/server.cfg`)!, facts: { country: b.name, group: b.servers.name } });
      }
    }
    // The control: a us server whose server.cfg was generated before us's "mcollective" password changed, so its
    // only pool entry carries a password the running broker refuses.
    const stale = structuredClone(net.topology);
    stale.brokers.find((x) => x.name === 'us')!.users!.find((u) => u.username === 'mcollective')!.password = 'an-old-password-Zq1';
    const staleCfg = mcollectiveConfigs(stale).find((f) => f.path === 'us/server.cfg')!.content;
    specs.push({ identity: STALE, broker: 'us', cfg: staleCfg, facts: { country: 'us', group: 'us-web' } });
    expected.sort();
    mc = startMcollective(specs, new Map([['noc', files.get('noc/client.cfg')!]]));
    clientCfg = mc.clients.get('noc')!;
  }, HOOK_MS);
  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') failed = true;
  });
  afterAll(async () => {
    if (failed && mc) console.error(mc.logTails(40));
    await mc?.stop(failed);
    await net?.stop();
  }, HOOK_MS);

  const logs = () => `\n${mc!.logTails(15)}\n${net!.logTails(10)}`;

  it('mco ping from the NOC is answered by every server of every group', async () => {
    const { run, answered } = await pingUntil(clientCfg, expected, READY_MS);
    expect(answered, `${describeRun(run)}${logs()}`).toEqual(expected);
  }, TEST_MS);
});
