// The input rules of the inspector's MCollective groups (servers.tsx): each returns the parsed value or the reason
// it is refused, which the field shows in place while the value in force stays.

import type { Checked } from '../../store/fieldChecks';

/** A group's name: any text but an empty one. */
export function checkGroupName(raw: string): Checked<string> {
  const name = raw.trim();
  return name ? { ok: true, value: name } : { ok: false, error: 'A group needs a name.' };
}

/** The number of managed servers: a whole number, 1 or more. */
export function checkServerCount(raw: string): Checked<number> {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return { ok: false, error: 'The number of servers must be a whole number (1 or more).' };
  const n = Number(text);
  if (n < 1) return { ok: false, error: 'A server group has at least 1 server; remove the group instead.' };
  if (!Number.isSafeInteger(n)) return { ok: false, error: 'That number of servers is too large.' };
  return { ok: true, value: n };
}

/** The broker user a group logs in as: a name with no white space at either end (MCollective drops it). */
export function checkGroupUser(raw: string): Checked<string> {
  const user = raw.trim();
  return user ? { ok: true, value: user } : { ok: false, error: 'The group needs a broker user to log in as.' };
}
