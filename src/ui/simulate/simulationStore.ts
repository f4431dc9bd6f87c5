// The simulate panel's state: whether it is open, the form as typed (draft) and the query last run (active).
// UI state only: never in the document, its undo history or the saved file.

import { create } from 'zustand';
import { parseDestination, type Topology } from '../../model';

export interface SimQuery {
  from: string;
  destination: string;
  /** Consumer brokers chosen one by one (used when `all` is off). */
  consumers: string[];
  /** Every broker but the source and external ones. */
  all: boolean;
}

interface SimState {
  open: boolean;
  draft: SimQuery;
  active: SimQuery | undefined;
}

export const useSimulate = create<SimState>(() => ({
  open: false,
  draft: { from: '', destination: 'topic://test', consumers: [], all: true },
  active: undefined,
}));

export function setDraft(patch: Partial<SimQuery>): void {
  useSimulate.setState((s) => ({ draft: { ...s.draft, ...patch } }));
}

export function setSimulateOpen(open: boolean): void {
  useSimulate.setState({ open });
}

/** The consumers a query means on this network. */
export function consumersOf(network: Topology, q: SimQuery): string[] {
  if (q.all) return network.brokers.filter((b) => b.role !== 'external' && b.name !== q.from).map((b) => b.name);
  const present = new Set(network.brokers.map((b) => b.name));
  return q.consumers.filter((c) => present.has(c));
}

/** Why the draft cannot run, or undefined. */
export function draftProblem(network: Topology, q: SimQuery): { field: 'from' | 'destination' | 'consumers'; message: string } | undefined {
  if (!network.brokers.some((b) => b.name === q.from)) return { field: 'from', message: 'Choose the broker the message is sent at.' };
  if (!parseDestination(q.destination)) return { field: 'destination', message: 'Write topic://name or queue://name, e.g. topic://mcollective.discovery.' };
  if (!consumersOf(network, q).length) return { field: 'consumers', message: 'Mark at least one consumer broker.' };
  return undefined;
}

/** Runs the draft (the caller checked it): the canvas shows the result until cleared. */
export function runDraft(): void {
  useSimulate.setState((s) => ({ active: { ...s.draft, consumers: [...s.draft.consumers] } }));
}

export function clearSimulation(): void {
  useSimulate.setState({ active: undefined });
}
