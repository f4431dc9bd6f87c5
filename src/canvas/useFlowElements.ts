// Keeps the React Flow nodes and edges in step with the store, reusing unchanged objects between renders and
// remembering measured node sizes (React Flow reads them from the node objects it is given).

import { useCallback, useMemo, useRef, useState } from 'react';
import type { Position } from '../model';
import { useDesigner } from '../store/designerStore';
import { type DiagnosticIndex, diagnosticIndex, useCheckedNetwork } from '../store/derived';
import { useSimHighlight } from './simHighlight';
import { type BrokerFlowNode, buildEdges, buildNodes, type LinkFlowEdge, type Measured } from './toFlow';

const NO_DIAGNOSTICS: DiagnosticIndex = { brokers: new Map(), links: new Map() };

/** `positions`: the store's, or those of the drag under way (useLiveDrag). */
export function useFlowElements(positions: Position[]) {
  const network = useDesigner((s) => s.current.network);
  const selection = useDesigner((s) => s.selection);
  const measured = useRef<Measured>(new Map()).current;
  const [measureVersion, setMeasureVersion] = useState(0);
  const prevNodes = useRef<BrokerFlowNode[]>([]);
  const prevEdges = useRef(new Map<string, LinkFlowEdge>());

  // The diagnostic index depends on the network only: a drag (new positions) reuses it. Badges follow the checked
  // (deferred) network, so that nodes are drawn before validation runs.
  const checked = useCheckedNetwork();
  const diags = useMemo(() => (checked ? diagnosticIndex(checked) : NO_DIAGNOSTICS), [checked]);
  const selectedBrokers = useMemo(() => new Set(selection.brokers), [selection.brokers]);
  const selectedLinks = useMemo(() => new Set(selection.links), [selection.links]);
  const sim = useSimHighlight();

  const nodes = useMemo(() => {
    const next = buildNodes(network, positions, selectedBrokers, diags, sim, measured, prevNodes.current);
    prevNodes.current = next;
    return next;
    // measureVersion: measured sizes changed in place
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [network, positions, selectedBrokers, diags, sim, measureVersion]);

  const edges = useMemo(() => {
    const next = buildEdges(network, selectedLinks, diags, sim, prevEdges.current);
    prevEdges.current = new Map(next.map((e) => [e.id, e]));
    return next;
  }, [network, selectedLinks, diags, sim]);

  // Stable: the canvas's onNodesChange depends on it, and React Flow copies onNodesChange into its store, where a
  // new function on every drag frame would wake every node's and edge's subscription once more.
  const setMeasured = useCallback((updates: { id: string; width: number; height: number }[]) => {
    let changed = false;
    for (const u of updates) {
      const old = measured.get(u.id);
      if (old && old.width === u.width && old.height === u.height) continue;
      measured.set(u.id, { width: u.width, height: u.height });
      changed = true;
    }
    if (changed) setMeasureVersion((v) => v + 1);
  }, [measured]);

  return { nodes, edges, setMeasured };
}
