// Names as ActiveMQ sees them: brokerName sanitising (R1), link and connector names, and file-safe names.

import type { Link, Preset } from './types';

/** What BrokerService.setBrokerName makes of a name: every character outside [A-Za-z0-9._:-] becomes `_`. */
export function sanitizeBrokerName(name: string): string {
  return name.replace(/[^A-Za-z0-9._:-]/g, '_');
}

/** The id a link goes by in diagnostics and the designer: its name, or `<from>-<to>`. */
export function linkId(link: Link): string {
  return link.name ?? `${link.from}-${link.to}`;
}

/** The names of the network connectors a link emits under a preset, in emission order. */
export function connectorNames(link: Link, preset: Preset): string[] {
  const base = linkId(link);
  return preset === 'mcollective' ? [`${base}-topics`, `${base}-queues`] : [base];
}

/** A name safe as one path segment on every file system and inside a zip: no separators, no dot-only names. */
export function fileSafeName(name: string): string {
  const s = name.replace(/[^A-Za-z0-9._-]/g, '_');
  return s === '' || /^\.+$/.test(s) ? s.replace(/\./g, '_') || '_' : s;
}
