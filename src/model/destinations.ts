// ActiveMQ destination wildcards (notes §2.1): `.` separates segments, `*` matches one segment, `>` the rest;
// and the authorization map's rule that a destination's ACL is the union of every matching entry (§2.10).

import type { AuthorizationEntry } from './types';

// Validation asks the same few patterns and names thousands of times: split each once.
const patterns = new Map<string, string[][]>();
const names = new Map<string, string[]>();

export function matchesDestination(pattern: string, name: string): boolean {
  let p = patterns.get(pattern);
  if (!p) {
    if (patterns.size > 10_000) patterns.clear();
    patterns.set(pattern, (p = pattern.split(',').map((x) => x.trim().split('.'))));
  }
  let n = names.get(name);
  if (!n) {
    if (names.size > 10_000) names.clear();
    names.set(name, (n = name.split('.')));
  }
  for (const one of p) if (matchOne(one, n)) return true;
  return false;
}

function matchOne(p: string[], n: string[]): boolean {
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '>') return true;
    if (i >= n.length) return false;
    if (p[i] !== '*' && p[i] !== n[i]) return false;
  }
  return p.length === n.length;
}

export type Right = 'read' | 'write' | 'admin';

/** The groups holding `right` on a destination: the union over every matching entry ("*" = any group, 5.9+). */
export function groupsWithRight(entries: AuthorizationEntry[], type: 'queue' | 'topic', name: string, right: Right): Set<string> {
  const out = new Set<string>();
  for (const e of entries) {
    const pattern = type === 'queue' ? e.queue : e.topic;
    if (pattern !== undefined && matchesDestination(pattern, name)) for (const g of e[right]) out.add(g);
  }
  return out;
}

/** True when a member of `groups` holds every one of `rights` on the destination. */
export function hasRights(entries: AuthorizationEntry[], groups: string[], type: 'queue' | 'topic', name: string, rights: Right[]): boolean {
  return rights.every((r) => {
    const allowed = groupsWithRight(entries, type, name, r);
    return allowed.has('*') || groups.some((g) => allowed.has(g));
  });
}
