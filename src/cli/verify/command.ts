// `verify FILE [--json] [--timeout S] [--credentials FILE] [--hosts FILE] [--flows …] [--ca PEM[,PEM…]]
// [--truststore FILE --truststore-password PW]` (CONTRACT section 2): plan (model), probe the running brokers over
// STOMP (runner), compare (model). Exit 0 as designed, 1 differs, 2 cannot run.

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { compareVerify, endpointsOf, type FlowSelection, parseCredentialsFile, parseFlows, parseHostsFile, planVerify, VerifyInputError } from '../../model/verify';
import { type ParsedArgs, stringOption, UsageError } from '../args';
import { EXIT_BAD_INPUT, EXIT_ERRORS, EXIT_OK, type Io, loadTopology } from '../commands';
import { formatReport } from './format';
import { runProbes } from './runner';
import { pemCertificates, trustStoreCertificates } from './trust';

export const DEFAULT_TIMEOUT_S = 60;

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new VerifyInputError(`${what} ${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

function timeoutOf(args: ParsedArgs): number {
  const t = stringOption(args, 'timeout');
  if (args.options.get('timeout') === true) throw new UsageError('--timeout needs a number of seconds');
  if (t === undefined) return DEFAULT_TIMEOUT_S;
  const n = Number(t);
  if (!/^\d+(\.\d+)?$/.test(t.trim()) || n < 5 || n > 3600) throw new UsageError(`--timeout must be a number of seconds from 5 to 3600, not ${JSON.stringify(t)}`);
  return n;
}

export async function verifyCommand(args: ParsedArgs, io: Io): Promise<number> {
  const timeoutS = timeoutOf(args);
  for (const o of ['hosts', 'credentials', 'flows', 'ca', 'truststore', 'truststore-password']) {
    if (args.options.get(o) === true) throw new UsageError(`--${o} needs a value`);
  }
  if (args.options.has('truststore') !== args.options.has('truststore-password')) throw new UsageError('--truststore and --truststore-password go together');
  const topology = loadTopology(args.positional[0]);
  try {
    const hostsFile = stringOption(args, 'hosts');
    const credFile = stringOption(args, 'credentials');
    const hosts = hostsFile ? parseHostsFile(readText(hostsFile, '--hosts')) : undefined;
    const credentials = credFile ? parseCredentialsFile(readText(credFile, '--credentials')) : undefined;
    const ca = [
      ...(stringOption(args, 'ca')?.split(',').filter(Boolean).flatMap(pemCertificates) ?? []),
      ...(args.options.has('truststore') ? trustStoreCertificates(stringOption(args, 'truststore')!, stringOption(args, 'truststore-password')!) : []),
    ];
    const flowsText = stringOption(args, 'flows');
    const selection: FlowSelection | undefined = flowsText ? parseFlows(flowsText, topology.brokers.map((b) => b.name)) : undefined;
    const runId = randomBytes(6).toString('base64url').replace(/[^A-Za-z0-9]/g, 'x');
    const plan = planVerify(topology, runId, selection);
    if (!plan.flows.length) {
      io.err('error: nothing to verify: the topology (or --flows) gives no flow between two brokers\n');
      return EXIT_BAD_INPUT;
    }
    const { endpoints, problems } = endpointsOf(topology, plan.brokers, { hosts, credentials, preferSsl: ca.length > 0, prefix: `${plan.prefix}` });
    if (problems.length) {
      io.err(`error: cannot verify:\n${problems.map((p) => `  - ${p}\n`).join('')}`);
      return EXIT_BAD_INPUT;
    }
    const observed = await runProbes(plan, endpoints, { timeoutMs: timeoutS * 1000, ca: ca.length ? ca : undefined });
    if (!observed.brokers.some((b) => b.status !== 'unreachable')) {
      io.err(`error: cannot verify: no broker of the topology could be reached:\n${observed.brokers.map((b) => `  - ${b.name} at ${b.address}: ${b.error ?? 'unreachable'}\n`).join('')}`);
      return EXIT_BAD_INPUT;
    }
    const report = compareVerify(topology, plan, observed.brokers, observed.flows);
    io.out(args.options.has('json') ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
    return report.verdict === 'as-designed' ? EXIT_OK : EXIT_ERRORS;
  } catch (e) {
    if (e instanceof VerifyInputError) {
      io.err(`error: ${(e as Error).message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
}
