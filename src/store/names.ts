// Fresh broker names for the designer (broker1, noc1, de2 …): unique also after ActiveMQ's sanitising, so a new
// or pasted broker never creates a duplicate-broker-name diagnostic by itself.

import { sanitizeBrokerName } from '../model';

/** The set of names already used, compared the way ActiveMQ compares them (after sanitising). */
export function takenNames(names: Iterable<string>): Set<string> {
  const taken = new Set<string>();
  for (const n of names) taken.add(sanitizeBrokerName(n));
  return taken;
}

/**
 * `base` itself when free and `alwaysNumber` is false, else base with the first free number: broker1, broker2…, de2
 * A trailing number on base is replaced, so copying "de2" gives "de3", not "de21". Adds the result to `taken`.
 */
export function uniqueName(base: string, taken: Set<string>, alwaysNumber = false): string {
  let name = base;
  if (alwaysNumber || taken.has(sanitizeBrokerName(base))) {
    const stem = base.replace(/\d+$/, '') || 'broker';
    // Palette brokers count from 1 (broker1); a copy of "de" is its second: de2.
    let n = alwaysNumber ? 1 : 2;
    while (taken.has(sanitizeBrokerName(`${stem}${n}`))) n++;
    name = `${stem}${n}`;
  }
  taken.add(sanitizeBrokerName(name));
  return name;
}
