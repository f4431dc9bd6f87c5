// The radial layout as ELK would compute it (the designer's until it drew its own rings: src/store/layout/radial.ts),
// kept for the bench's comparison row: ELK's radial algorithm over the same spanning tree, rooted at the NOC (a
// virtual centre joins several roots), each box padded by 60 px (ELK's spacing alone left ring neighbours touching).

import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Topology } from '../src/model';
import { LAYOUT_NODE, spanningTree, treeEdges } from '../src/store/layout/graphs';

const AIR = 60;

export function elkRadialGraph(network: Topology): ElkNode {
  const { parent, roots } = spanningTree(network);
  const edges = treeEdges(parent);
  const children: ElkNode[] = network.brokers.map((_, i) => ({ id: String(i), width: LAYOUT_NODE.width + AIR, height: LAYOUT_NODE.height + AIR }));
  if (roots.length > 1) {
    children.unshift({ id: 'centre', width: 10, height: 10 });
    edges.push(...roots.map((r) => ({ id: `c${r}`, sources: ['centre'], targets: [String(r)] })));
  } else if (roots.length === 1 && roots[0] !== 0) {
    const [root] = children.splice(roots[0], 1);
    children.unshift(root);
  }
  return {
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'radial', 'elk.spacing.nodeNode': '20', 'elk.radial.compactor': 'WEDGE_COMPACTION' },
    children,
    edges,
  };
}
