// The simulation result, derived: simulate() over the current network for the active query, re-run whenever the
// network changes (so setting networkTTL shows its effect at once), and pushed to the canvas highlight.

import { useEffect, useMemo } from 'react';
import { parseDestination, simulate, type Simulation } from '../../model';
import { setSimHighlight, highlightOf } from '../../canvas/simHighlight';
import { useNetwork } from '../../store/derived';
import { consumersOf, useSimulate } from './simulationStore';

export function useSimulation(): Simulation | undefined {
  const network = useNetwork();
  const active = useSimulate((s) => s.active);
  const sim = useMemo(() => {
    // A query whose source broker is gone (another network loaded, the broker deleted) shows nothing.
    const destination = active && network.brokers.some((b) => b.name === active.from) ? parseDestination(active.destination) : undefined;
    return active && destination ? simulate(network, active.from, consumersOf(network, active), destination) : undefined;
  }, [network, active]);
  useEffect(() => {
    setSimHighlight(sim && highlightOf(network, sim));
  }, [network, sim]);
  useEffect(() => () => setSimHighlight(undefined), []);
  return sim;
}
