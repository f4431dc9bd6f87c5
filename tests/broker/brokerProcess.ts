// One real ActiveMQ broker process: its own directory (activemq.xml, log4j.properties, data), stdout/stderr in
// broker.log, readiness checks (ports, log lines) and a stop that always ends the JVM (SIGTERM, then SIGKILL).

import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

export const ACTIVEMQ_HOME = '/usr/share/activemq';
export const ACTIVEMQ_JAR = `${ACTIVEMQ_HOME}/bin/activemq.jar`;

// Without a log4j 1.2 configuration the Debian build logs nothing; the bridge lines are our readiness signal.
const LOG4J = `log4j.rootLogger=INFO, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=%d{ISO8601} %-5p %c{1} - %m%n
`;

// Safety net: if the test process exits without afterAll (crash, Ctrl-C), no JVM outlives it.
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const p of live) p.kill('SIGKILL');
});

export class BrokerProcess {
  readonly logFile: string;
  private readonly child: ChildProcess;
  private exited: Promise<void>;
  exitCode: number | null | undefined = undefined;

  /** Writes the broker's files into `dir` and starts `java -jar activemq.jar start xbean:file:…` there. */
  constructor(readonly name: string, readonly dir: string, xml: string) {
    mkdirSync(join(dir, 'data'), { recursive: true });
    const xmlFile = join(dir, 'activemq.xml');
    writeFileSync(xmlFile, xml);
    writeFileSync(join(dir, 'log4j.properties'), LOG4J);
    this.logFile = join(dir, 'broker.log');
    const out = openSync(this.logFile, 'a');
    this.child = spawn('java', [
      '-Xmx160m',
      `-Dactivemq.home=${ACTIVEMQ_HOME}`, `-Dactivemq.base=${dir}`, `-Dactivemq.conf=${dir}`, `-Dactivemq.data=${join(dir, 'data')}`,
      `-Dlog4j.configuration=file:${join(dir, 'log4j.properties')}`,
      '-jar', ACTIVEMQ_JAR, 'start', `xbean:file:${xmlFile}`,
    ], { cwd: dir, stdio: ['ignore', out, out] });
    closeSync(out);
    live.add(this.child);
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code) => {
        this.exitCode = code;
        live.delete(this.child);
        resolve();
      });
      this.child.once('error', (e) => {
        writeFileSync(this.logFile, `\n[harness] could not start java: ${e.message}\n`, { flag: 'a' });
        this.exitCode = -1;
        live.delete(this.child);
        resolve();
      });
    });
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  log(): string {
    return existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8') : '';
  }

  /** The last lines of the log, without Java stack frames (they would crowd out what the broker said). */
  logTail(lines = 25): string {
    const said = this.log().trimEnd().split('\n').filter((l) => !/^\s+at |^\s+\.\.\. \d+ more/.test(l));
    return said.slice(-lines).map((l) => `    ${l}`).join('\n');
  }

  /** The remote broker names of the `Network connection … (REMOTE) has been established.` lines so far. */
  establishedBridges(): string[] {
    return [...this.log().matchAll(/Network connection between \S+ and \S+ \(([^)]*)\) has been established/g)].map((m) => m[1]);
  }

  /**
   * The bridges the log shows as up, by local id: measured on 5.17, the dialing side logs "… has been established"
   * even for a bridge the target refuses, then "… shutdown due to a remote error" a few ms later; only the target
   * never logs it.
   */
  openBridges(): string[] {
    const log = this.log();
    const at = (verb: string) => [...log.matchAll(new RegExp(`Network connection between (vm://\\S+) and \\S+ (?:\\([^)]*\\) )?${verb}`, 'g'))].map((m) => m[1]);
    const down = new Set(at('shutdown'));
    return at('has been established').filter((id) => !down.has(id));
  }

  /** SIGTERM, then SIGKILL if the JVM has not exited after graceMs. Resolves once it has exited. */
  async stop(graceMs = 10_000): Promise<void> {
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

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portListens(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.setTimeout(1000);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
    s.once('timeout', () => {
      s.destroy();
      resolve(false);
    });
  });
}
