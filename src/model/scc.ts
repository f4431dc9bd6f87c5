// Strongly connected components (iterative Tarjan), used to find "the network" when no NOC broker anchors it.

import type { Adjacency } from './graph';

/** Component id of each broker; ids are numbered in order of discovery. */
export function stronglyConnected(adj: Adjacency): Int32Array {
  const n = adj.start.length - 1;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const callStack: [number, number][] = [];
  let counter = 0;
  let comps = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    callStack.push([root, adj.start[root]]);
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (callStack.length) {
      const frame = callStack[callStack.length - 1];
      const [u, e] = frame;
      if (e < adj.start[u + 1]) {
        frame[1]++;
        const v = adj.edges[e].to;
        if (index[v] === -1) {
          index[v] = low[v] = counter++;
          stack.push(v);
          onStack[v] = 1;
          callStack.push([v, adj.start[v]]);
        } else if (onStack[v]) {
          low[u] = Math.min(low[u], index[v]);
        }
        continue;
      }
      callStack.pop();
      if (callStack.length) {
        const parent = callStack[callStack.length - 1][0];
        low[parent] = Math.min(low[parent], low[u]);
      }
      if (low[u] === index[u]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          comp[w] = comps;
        } while (w !== u);
        comps++;
      }
    }
  }
  return comp;
}
