// Reading a saved `verify --json` report back (the designer's "Open verify report"): every field checked, so a
// file that is not a report is refused with a message saying where, and nothing half-read reaches the canvas.

import { TopologyError } from '../topologyErrors';
import type { BrokerProbe, Cause, CauseKind, FlowReport, VerifyReport } from './compare';

const KINDS: readonly CauseKind[] = ['broker-unreachable', 'login-refused', 'bridge-silent', 'path-differs', 'duplicates'];
const STATUSES = ['ok', 'unreachable', 'login-refused'] as const;

type Obj = Record<string, unknown>;

function fail(where: string, what: string): never {
  throw new TopologyError(`not a verify report: ${where} ${what}`);
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(o: Obj, k: string, where: string): string {
  if (typeof o[k] !== 'string') fail(`${where}.${k}`, 'must be a string');
  return o[k] as string;
}

function strings(o: Obj, k: string, where: string): string[] {
  const v = o[k];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(`${where}.${k}`, 'must be a list of strings');
  return v as string[];
}

function bool(o: Obj, k: string, where: string): boolean {
  if (typeof o[k] !== 'boolean') fail(`${where}.${k}`, 'must be true or false');
  return o[k] as boolean;
}

function flow(v: unknown, where: string): FlowReport {
  if (!isObj(v)) fail(where, 'must be an object');
  const copies = v.copies;
  if (typeof copies !== 'number' || !Number.isInteger(copies) || copies < 0) fail(`${where}.copies`, 'must be a whole number');
  const latency = v.latencyMs ?? null;
  if (latency !== null && typeof latency !== 'number') fail(`${where}.latencyMs`, 'must be a number or null');
  const destination = str(v, 'destination', where);
  if (!/^(topic|queue):\/\/./.test(destination)) fail(`${where}.destination`, 'must be topic://… or queue://…');
  return {
    from: str(v, 'from', where), to: str(v, 'to', where), destination,
    expected: bool(v, 'expected', where), delivered: bool(v, 'delivered', where), copies, latencyMs: latency as number | null,
    path: v.path === undefined ? [] : strings(v, 'path', where),
    ...(typeof v.untested === 'string' ? { untested: v.untested } : {}),
  };
}

function cause(v: unknown, where: string): Cause {
  if (!isObj(v)) fail(where, 'must be an object');
  const kind = str(v, 'kind', where);
  if (!KINDS.includes(kind as CauseKind)) fail(`${where}.kind`, `must be one of ${KINDS.join(', ')}`);
  return { kind: kind as CauseKind, brokers: strings(v, 'brokers', where), links: strings(v, 'links', where), message: str(v, 'message', where) };
}

function broker(v: unknown, where: string): BrokerProbe {
  if (!isObj(v)) fail(where, 'must be an object');
  const status = str(v, 'status', where);
  if (!(STATUSES as readonly string[]).includes(status)) fail(`${where}.status`, `must be one of ${STATUSES.join(', ')}`);
  return { name: str(v, 'name', where), address: typeof v.address === 'string' ? v.address : '', status: status as BrokerProbe['status'], ...(typeof v.error === 'string' ? { error: v.error } : {}) };
}

export function parseVerifyReport(text: string): VerifyReport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new TopologyError(`not a verify report: the file is not valid JSON (${(e as Error).message})`);
  }
  if (!isObj(json)) fail('the file', 'must hold a JSON object (the output of verify --json)');
  const verdict = json.verdict;
  if (verdict !== 'as-designed' && verdict !== 'differs') fail('verdict', 'must be "as-designed" or "differs"');
  if (!Array.isArray(json.flows)) fail('flows', 'must be a list');
  if (!Array.isArray(json.causes)) fail('causes', 'must be a list');
  const brokers = json.brokers === undefined ? [] : Array.isArray(json.brokers) ? json.brokers : fail('brokers', 'must be a list');
  return {
    verdict,
    flows: json.flows.map((f, i) => flow(f, `flows[${i}]`)),
    causes: json.causes.map((c, i) => cause(c, `causes[${i}]`)),
    brokers: brokers.map((b, i) => broker(b, `brokers[${i}]`)),
    format: 'amq-verify/1',
    ...(typeof json.network === 'string' ? { network: json.network } : {}),
    runId: typeof json.runId === 'string' ? json.runId : '',
    ...(typeof json.cappedFrom === 'number' ? { cappedFrom: json.cappedFrom } : {}),
  };
}
