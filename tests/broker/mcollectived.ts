// One real MCollective 2.12 server (Debian's `mcollectived`, Ruby) for the broker tests: its own directory with a
// server.cfg made of the host-specific lines a person keeps (identity, psk, facts, log) followed by the model's
// generated connector lines exactly as exported, a YAML facts file, its log; a stop that always ends the process.

import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MCOLLECTIVED = '/usr/sbin/mcollectived';
export const MCO = '/usr/bin/mco';
/**
 * libdir: first our fixed yaml facts plugin (Debian 12's fails on Ruby 3.1, see its header), then Debian's plugin
 * dir. The core agents (rpcutil, discovery) live in Ruby's vendor dir and need no libdir entry.
 */
const LIBDIR = `${fileURLToPath(new URL('./mcollective-libdir', import.meta.url))}:/usr/share/mcollective/plugins`;

/** The shared secret of the psk security provider: every server and client of a collective must use the same. */
export const TEST_PSK = 'psk-for-the-broker-tests-only';

// Safety net: if the test process exits without afterAll (crash, Ctrl-C), no mcollectived outlives it.
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const p of live) p.kill('SIGKILL');
});

/**
 * The lines of server.cfg/client.cfg that belong to the host, not to the network: what the README tells users to
 * keep from their own file. The model's connector lines follow them; MCollective reads the file top to bottom and
 * a later key wins, so nothing here may name a connector or plugin.activemq setting.
 */
export function hostLines(o: { identity: string; dir: string; kind: 'server' | 'client'; facts?: boolean }): string[] {
  return [
    '# host-specific lines (kept from the host\'s own cfg), then the generated connector lines',
    'main_collective = mcollective',
    'collectives = mcollective',
    `libdir = ${LIBDIR}`,
    `identity = ${o.identity}`,
    ...(o.kind === 'server'
      ? [`logfile = ${join(o.dir, 'mcollectived.log')}`, 'loglevel = debug', 'daemonize = 0', 'registerinterval = 0']
      : ['logger_type = console', 'loglevel = warn']),
    'securityprovider = psk',
    `plugin.psk = ${TEST_PSK}`,
    ...(o.facts ? ['factsource = yaml', `plugin.yaml = ${join(o.dir, 'facts.yaml')}`] : []),
    '',
  ];
}

/** Writes `<dir>/<name>` = host lines + the generated text (unchanged); returns its path. */
export function writeCfg(dir: string, name: string, host: string[], generated: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, `${host.join('\n')}\n${generated}`, { mode: 0o600 });
  return path;
}

export class McoServer {
  readonly logFile: string;
  readonly cfgFile: string;
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;
  exitCode: number | null | undefined = undefined;

  /**
   * Writes the server's files into `dir` and starts `mcollectived --no-daemonize` there. `facts` go to facts.yaml
   * (plain string values, quoted so YAML reads them as strings).
   */
  constructor(readonly identity: string, readonly dir: string, generatedCfg: string, facts: Record<string, string>) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'facts.yaml'), `---\n${Object.entries(facts).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n`);
    this.cfgFile = writeCfg(dir, 'server.cfg', hostLines({ identity, dir, kind: 'server', facts: true }), generatedCfg);
    this.logFile = join(dir, 'mcollectived.log');
    const out = openSync(join(dir, 'stdout.log'), 'a');
    this.child = spawn(MCOLLECTIVED, ['--config', this.cfgFile, '--pidfile', join(dir, 'mcollectived.pid'), '--no-daemonize'],
      { cwd: dir, stdio: ['ignore', out, out] });
    closeSync(out);
    live.add(this.child);
    this.exited = new Promise((resolve) => {
      const done = (code: number | null) => {
        if (this.exitCode === undefined) this.exitCode = code;
        live.delete(this.child);
        resolve();
      };
      this.child.once('exit', (code) => done(code));
      this.child.once('error', (e) => {
        writeFileSync(join(dir, 'stdout.log'), `\n[harness] could not start ${MCOLLECTIVED}: ${e.message}\n`, { flag: 'a' });
        done(-1);
      });
    });
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** The server's log file and whatever it printed before its logger was up. */
  log(): string {
    const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '');
    return read(join(this.dir, 'stdout.log')) + read(this.logFile);
  }

  logTail(lines = 25): string {
    return this.log().trimEnd().split('\n').slice(-lines).map((l) => `    ${l}`).join('\n');
  }

  /**
   * The `stomp://user@host:port` (or stomp+ssl://) URLs its log says it connected to, in order. The stomp gem logs
   * "Connected to" once the socket is open and CONNECT sent, even when the broker then refuses the login.
   */
  dialed(): string[] {
    return [...this.log().matchAll(/Connected to (stomp(?:\+ssl)?:\/\/\S+)/g)].map((m) => m[1]);
  }

  /** How many requests it handled (its "Handling message … for agent" lines). */
  handled(): number {
    return [...this.log().matchAll(/Handling message \S+ for agent/g)].length;
  }

  /** SIGTERM, then SIGKILL after graceMs. Resolves once it has exited. */
  async stop(graceMs = 5_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const killed = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve();
      }, graceMs);
    });
    await Promise.race([this.exited, killed]);
    clearTimeout(timer);
    await this.exited;
  }
}
