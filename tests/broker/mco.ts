// The real MCollective client (Debian's `mco`, Ruby) for the broker tests: one command with a client.cfg, bounded by
// a hard timeout, and the parsers for what `mco ping` and `mco rpc … -j` print.

import { execFile } from 'node:child_process';
import { MCO } from './mcollectived';

export interface McoRun {
  args: string[];
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `mco <args> --config <cfg>`; never rejects (a failure is in code/stderr), killed after killMs. */
export function mco(cfg: string, args: string[], killMs = 60_000): Promise<McoRun> {
  const all = [...args, '--config', cfg];
  return new Promise((resolve) => {
    // stdin closed: mco must never wait for a prompt (plugin.activemq.prompt_* are off unless set).
    const child = execFile(MCO, all, { timeout: killMs, killSignal: 'SIGKILL', maxBuffer: 4 << 20, env: { ...process.env, HOME: '/nonexistent' } },
      (error, stdout, stderr) => resolve({ args: all, code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }));
    child.stdin?.end();
  });
}

export function describeRun(r: McoRun): string {
  return `mco ${r.args.join(' ')} → exit ${r.code}\n--- stdout:\n${r.stdout}\n--- stderr:\n${r.stderr}`;
}

/** The identities that answered an `mco ping` (its lines `<identity>   time=… ms`). */
export function pingIdentities(stdout: string): string[] {
  return [...stdout.matchAll(/^(\S+)\s+time=[\d.]+ ms$/gm)].map((m) => m[1]).sort();
}

export interface RpcReply {
  sender: string;
  statuscode: number;
  data: Record<string, unknown>;
}

/** The replies of an `mco rpc … -j` (a JSON array, one entry per answering server). */
export function rpcReplies(r: McoRun): RpcReply[] {
  const start = r.stdout.indexOf('[');
  if (start < 0) throw new Error(`no JSON array in the output of ${describeRun(r)}`);
  return JSON.parse(r.stdout.slice(start)) as RpcReply[];
}

/** The senders of an `mco rpc … -j`, sorted; none when nothing answered (mco then may print no JSON at all). */
export function rpcSenders(r: McoRun): string[] {
  if (r.stdout.indexOf('[') < 0) return [];
  return rpcReplies(r).map((x) => x.sender).sort();
}

/** Runs `mco <args>` until its rpc senders include all of `want` or the deadline passes; returns the last run. */
export async function rpcUntil(cfg: string, args: string[], want: readonly string[], deadlineMs: number): Promise<{ run: McoRun; senders: string[] }> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const run = await mco(cfg, args);
    const senders = rpcSenders(run);
    if (want.every((w) => senders.includes(w)) || Date.now() > until) return { run, senders };
  }
}

/**
 * Runs `mco ping` until the answering identities include all of `want` (a ping waits its whole timeout, since it
 * cannot know how many servers exist) or the deadline passes; returns the last run and who answered it.
 */
export async function pingUntil(cfg: string, want: readonly string[], deadlineMs: number): Promise<{ run: McoRun; answered: string[] }> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const run = await mco(cfg, ['ping', '-t', '5']);
    const answered = pingIdentities(run.stdout);
    if (want.every((w) => answered.includes(w)) || Date.now() > until) return { run, answered };
  }
}
