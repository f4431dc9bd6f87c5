// The radial layout: no two brokers overlap (after the grid snap), each hop lies further out than the one before,
// children stay in front of their parent (no tree edge crosses another), and a crowded depth wraps into rings: a
// star of 999 spokes fits in a square a few thousand pixels wide, not one ring 92,650 px across as ELK drew it.

import { describe, expect, it } from 'vitest';
import { hubAndSpoke, regionalMesh } from '../../../bench/networks';
import type { Position, Topology } from '../../model';
import { LAYOUT_NODE, snap, spanningTree } from './graphs';
import { radialPositions } from './radial';

const centreOf = (p: Position) => ({ x: p.x + LAYOUT_NODE.width / 2, y: p.y + LAYOUT_NODE.height / 2 });

function overlaps(positions: Position[]): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < positions.length; i++) {
    for (let j = i + 1; j < positions.length; j++) {
      const a = positions[i], b = positions[j];
      if (Math.abs(a.x - b.x) < LAYOUT_NODE.width && Math.abs(a.y - b.y) < LAYOUT_NODE.height) found.push([i, j]);
    }
  }
  return found;
}

/** Two NOCs, a chain, a fan of 40 on one country broker, and a component no NOC reaches. */
function forest(): Topology {
  const names = ['noc1', 'noc2', 'a', 'b', 'c', 'fan', ...Array.from({ length: 40 }, (_, i) => `f${i}`), 'x', 'y', 'z'];
  const links: [string, string][] = [['noc1', 'a'], ['a', 'b'], ['b', 'c'], ['noc2', 'fan'], ['noc1', 'noc2'], ['x', 'y'], ['x', 'z'],
    ...Array.from({ length: 40 }, (_, i): [string, string] => ['fan', `f${i}`])];
  return {
    format: 'amq-topology/1', name: 'forest', settings: { preset: 'plain' },
    brokers: names.map((name) => ({ name, role: name.startsWith('noc') ? 'noc' : 'broker', host: `${name}.example.net`, transports: [{ name: 'openwire', uri: 'tcp://0.0.0.0:61616' }] })),
    links: links.map(([from, to]) => ({ from, to, duplex: true })),
  };
}

const networks: [string, Topology][] = [
  ['a star of 1,000', hubAndSpoke(1000)], ['a regional mesh of 1,000', regionalMesh(1000)],
  ['the NOC and four countries', hubAndSpoke(5)], ['two NOCs and a lone component', forest()],
];

describe('radial layout', () => {
  for (const [label, network] of networks) {
    it(`${label}: no broker overlaps another, and each hop lies further out than the last`, () => {
      const positions = snap(radialPositions(network));
      expect(positions).toHaveLength(network.brokers.length);
      expect(overlaps(positions)).toEqual([]);
      const { depth, roots } = spanningTree(network);
      const middle = roots.length === 1 ? centreOf(positions[roots[0]]) : { x: 0, y: 0 };
      const distance = positions.map((p) => { const c = centreOf(p); return Math.hypot(c.x - middle.x, c.y - middle.y); });
      const deepest = Math.max(...depth);
      for (let d = 1; d < deepest; d++) {
        const at = (k: number) => distance.filter((_, i) => depth[i] === k);
        expect(Math.min(...at(d + 1)), `depth ${d + 1} beyond depth ${d}`).toBeGreaterThan(Math.max(...at(d)));
      }
    });
  }

  it('keeps the spokes of each regional hub in its own wedge, in the hubs\' order round the centre', () => {
    const network = regionalMesh(1000);
    const positions = radialPositions(network);
    const { parent, depth, roots } = spanningTree(network);
    const noc = centreOf(positions[roots[0]]);
    const turn = (i: number) => { const c = centreOf(positions[i]); return (Math.atan2(c.y - noc.y, c.x - noc.x) + 2.5 * Math.PI) % (2 * Math.PI); };
    const hubsByAngle = positions.map((_, i) => i).filter((i) => depth[i] === 1).sort((a, b) => turn(a) - turn(b));
    const spokesByAngle = positions.map((_, i) => i).filter((i) => depth[i] === 2).sort((a, b) => turn(a) - turn(b));
    // Going round, the spokes' parents come in runs, and the runs in the order of their hubs: no two tree edges cross.
    const runs = spokesByAngle.map((i) => parent[i]).filter((p, k, all) => k === 0 || all[k - 1] !== p);
    expect(runs).toEqual(hubsByAngle.filter((h) => runs.includes(h)));
  });

  it('wraps a crowded depth into rings: a star of 1,000 fits a square under 12,000 px (ELK drew one ring 92,650 px across)', () => {
    const positions = radialPositions(hubAndSpoke(1000));
    const span = (axis: 'x' | 'y') => Math.max(...positions.map((p) => p[axis])) - Math.min(...positions.map((p) => p[axis]));
    expect(span('x')).toBeLessThan(12_000);
    expect(span('y')).toBeLessThan(12_000);
  });

  it('puts the four countries of the reference network on one ring around the NOC', () => {
    const positions = radialPositions(hubAndSpoke(5));
    const noc = centreOf(positions[0]);
    const distances = positions.slice(1).map((p) => { const c = centreOf(p); return Math.hypot(c.x - noc.x, c.y - noc.y); });
    expect(Math.max(...distances) - Math.min(...distances)).toBeLessThan(1e-6);
  });
});
