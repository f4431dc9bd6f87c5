// The layouts the user can pick and how brokers are grouped by location: the little the toolbar and the location
// frames need up front, apart from the layout code itself (graphs.ts, radial.ts, ELK), which loads on first use.

export type LayoutKind = 'layered' | 'location' | 'radial';

export const LAYOUT_KINDS: { kind: LayoutKind; label: string; hint: string }[] = [
  { kind: 'layered', label: 'Layered by role', hint: 'NOC brokers on top, the brokers they reach below, in rows that wrap' },
  { kind: 'location', label: 'Grouped by location', hint: 'The brokers of one location together, in a labelled frame' },
  { kind: 'radial', label: 'Radial', hint: 'Hub and spoke: the NOC in the centre, the brokers around it' },
];

/** The location of a broker as grouped (no location: one group of its own). */
export const locationOf = (b: { location?: string }): string => b.location?.trim() || '(no location)';
