// The endpoint references of an Amazon MQ deployment: a broker's configuration names the endpoints of the brokers
// it dials, so those must exist first. Brokers that reach each other through such references (a strongly connected
// component) cannot be created in any order.

import { linkId } from '../names';
import type { DerivedNetwork } from '../network';

export interface ReferenceCycle {
  brokers: string[];
  links: string[];
}

export function amazonMqCycles(net: DerivedNetwork): ReferenceCycle[] {
  const names = [...net.brokerByName.keys()];
  const index = new Map(names.map((n, i) => [n, i] as const));
  const edges: number[][] = names.map(() => []);
  net.topology.links.forEach((l) => {
    const a = index.get(l.from);
    const b = index.get(l.to);
    if (a !== undefined && b !== undefined && a !== b) edges[a].push(b);
  });
  const comp = tarjan(edges);
  const groups = new Map<number, number[]>();
  comp.forEach((c, i) => groups.set(c, [...(groups.get(c) ?? []), i]));
  const out: ReferenceCycle[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const set = new Set(members.map((i) => names[i]));
    const links = net.topology.links.filter((l) => set.has(l.from) && set.has(l.to) && l.from !== l.to).map(linkId);
    out.push({ brokers: members.map((i) => names[i]), links });
  }
  return out;
}

/** Component number of each node (iterative Tarjan: a long chain of brokers must not overflow the stack). */
function tarjan(edges: number[][]): number[] {
  const n = edges.length;
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const comp = new Array<number>(n).fill(-1);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  let counter = 0;
  let comps = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const call: [number, number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (call.length) {
      const frame = call[call.length - 1];
      const [u, e] = frame;
      if (e < edges[u].length) {
        frame[1]++;
        const v = edges[u][e];
        if (index[v] === -1) {
          index[v] = low[v] = counter++;
          stack.push(v);
          onStack[v] = true;
          call.push([v, 0]);
        } else if (onStack[v]) low[u] = Math.min(low[u], index[v]);
        continue;
      }
      call.pop();
      if (call.length) low[call[call.length - 1][0]] = Math.min(low[call[call.length - 1][0]], low[u]);
      if (low[u] === index[u]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          comp[w] = comps;
        } while (w !== u);
        comps++;
      }
    }
  }
  return comp;
}
