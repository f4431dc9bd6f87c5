// The inspector's input rules: each returns the reason a value is refused, or the parsed value. The inspector shows
// the reason in place and keeps the old value, so bad input is never applied silently.

import type { Topology } from '../model';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Refuses an empty name and a name another broker already has (links could not tell the two apart). Names that
 * differ here but collide after ActiveMQ's sanitising ("a b" and "a_b") are allowed: validate() reports them as
 * duplicate-broker-name, with a one-click rename.
 */
export function checkBrokerName(network: Topology, index: number, raw: string): Checked<string> {
  const name = raw.trim();
  if (name === '') return { ok: false, error: 'A broker needs a name.' };
  if (network.brokers.some((b, i) => i !== index && b.name === name)) {
    return { ok: false, error: `The name "${name}" is already used by another broker.` };
  }
  return { ok: true, value: name };
}

/** A networkTTL: a whole number of 1 or more, or -1 for unlimited; empty means "not set" when allowed. */
export function checkTtl(raw: string, allowEmpty: boolean): Checked<number | undefined> {
  const text = raw.trim();
  if (text === '') return allowEmpty ? { ok: true, value: undefined } : { ok: false, error: 'Enter a networkTTL.' };
  if (!/^-?\d+$/.test(text)) return { ok: false, error: 'networkTTL must be a whole number (1 or more, or -1 for unlimited).' };
  const n = Number(text);
  if (n === -1 || (n >= 1 && Number.isSafeInteger(n))) return { ok: true, value: n };
  return { ok: false, error: 'networkTTL must be 1 or more, or -1 for unlimited.' };
}

export function checkRequired(what: string, raw: string): Checked<string> {
  const text = raw.trim();
  return text === '' ? { ok: false, error: `${what} cannot be empty.` } : { ok: true, value: text };
}

/** A transport URI such as tcp://0.0.0.0:61616: a scheme, then ://. */
export function checkUri(raw: string): Checked<string> {
  const text = raw.trim();
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S*$/.test(text)) return { ok: false, error: 'A transport URI looks like tcp://0.0.0.0:61616.' };
  return { ok: true, value: text };
}

/** Backup hosts: comma- or space-separated host names; empty means none. */
export function checkHosts(raw: string): Checked<string[] | undefined> {
  const hosts = raw.split(/[\s,]+/).filter(Boolean);
  const bad = hosts.find((h) => !/^[A-Za-z0-9.\-_:[\]]+$/.test(h));
  if (bad) return { ok: false, error: `"${bad}" is not a host name or address.` };
  return { ok: true, value: hosts.length ? hosts : undefined };
}
