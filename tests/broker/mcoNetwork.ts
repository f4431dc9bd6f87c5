// Real MCollective on a running broker network: one `mcollectived` per server identity, started from the model's
// generated `<broker>/server.cfg` text (as exported, after the host lines a person keeps), and one client.cfg per
// NOC from the generated `<broker>/client.cfg`. Everything lives in one temp dir, kept (and its path printed) when a
// test failed, removed otherwise; every process is stopped at the end.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MCO, MCOLLECTIVED, McoServer, hostLines, writeCfg } from './mcollectived';

export type CfgSource = string | ((dir: string) => string);

const textOf = (cfg: CfgSource, dir: string) => (typeof cfg === 'string' ? cfg : cfg(dir));

export interface ServerSpec {
  identity: string;
  /** The folder of its broker in the export (`<folder>/server.cfg`). */
  broker: string;
  /**
   * The generated server.cfg text it runs (normally the export's; a control may pass another generation's), or a
   * function of the server's directory that returns it (to fill TLS placeholders with files made there).
   */
  cfg: CfgSource;
  facts: Record<string, string>;
}

export interface McoSet {
  root: string;
  servers: Map<string, McoServer>;
  /** NOC broker name → the path of its client.cfg (host lines + the generated text). */
  clients: Map<string, string>;
  logTails(lines?: number): string;
  /** Stops every server; keeps the directory when `keep` (a test failed), else removes it. */
  stop(keep: boolean): Promise<void>;
}

/** Fails with a clear message when Debian's MCollective is not installed (scripts/ensure-system-deps.sh installs it). */
export function requireMcollective(): void {
  const missing = [MCOLLECTIVED, MCO].filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`${missing.join(' and ')} missing: install the Debian packages mcollective and mcollective-client (scripts/ensure-system-deps.sh does when root)`);
}

export function startMcollective(servers: readonly ServerSpec[], clientCfgs: ReadonlyMap<string, CfgSource>): McoSet {
  requireMcollective();
  const root = mkdtempSync(join(tmpdir(), 'amq-mcollective-test-'));
  const set = new Map<string, McoServer>();
  for (const s of servers) {
    const dir = join(root, 'servers', s.identity);
    set.set(s.identity, new McoServer(s.identity, dir, textOf(s.cfg, dir), s.facts));
  }
  const clients = new Map<string, string>();
  for (const [broker, cfg] of clientCfgs) {
    const dir = join(root, 'clients', broker);
    clients.set(broker, writeCfg(dir, 'client.cfg', hostLines({ identity: `mco-at-${broker}`, dir, kind: 'client' }), textOf(cfg, dir)));
  }
  let stopped = false;
  return {
    root,
    servers: set,
    clients,
    logTails: (lines = 25) =>
      [...set.values()].map((s) => `--- mcollectived ${s.identity} (${s.running ? 'running' : `exited ${s.exitCode}`}), ${s.logFile}:\n${s.logTail(lines)}`).join('\n'),
    stop: async (keep) => {
      if (stopped) return;
      stopped = true;
      await Promise.all([...set.values()].map((s) => s.stop()));
      if (keep) console.error(`MCollective test files and logs kept in ${root}`);
      else rmSync(root, { recursive: true, force: true });
    },
  };
}
