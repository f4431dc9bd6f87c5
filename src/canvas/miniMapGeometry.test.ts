import { describe, expect, it } from 'vitest';
import { maskPath, MINIMAP_SIZE, NODE_BOX, rolePaths, toFlowPoint, viewBox, visibleRect } from './miniMapGeometry';

const positions = [{ x: 0, y: 0 }, { x: 400, y: 100 }, { x: -200, y: 600 }];

describe('minimap geometry', () => {
  it('holds every node box and the visible rectangle, with the minimap aspect ratio', () => {
    const visible = visibleRect({ x: 100, y: 50, zoom: 0.5, width: 800, height: 400 });
    expect(visible).toEqual({ x: -200, y: -100, width: 1600, height: 800 });
    const box = viewBox(positions, visible);
    for (const p of positions) {
      expect(p.x).toBeGreaterThanOrEqual(box.x);
      expect(p.y).toBeGreaterThanOrEqual(box.y);
      expect(p.x + NODE_BOX.width).toBeLessThanOrEqual(box.x + box.width);
      expect(p.y + NODE_BOX.height).toBeLessThanOrEqual(box.y + box.height);
    }
    expect(visible.x + visible.width).toBeLessThanOrEqual(box.x + box.width);
    expect(box.width / box.height).toBeCloseTo(MINIMAP_SIZE.width / MINIMAP_SIZE.height, 6);
  });

  it('draws one rectangle per broker in its role path, selected ones in their own', () => {
    const paths = rolePaths(positions, ['noc', 'broker', 'broker'], new Set([2]));
    expect(paths.noc).toBe(`M0 0h${NODE_BOX.width}v${NODE_BOX.height}h${-NODE_BOX.width}z`);
    expect(paths.broker.match(/M/g)).toHaveLength(1);
    expect(paths.broker.startsWith('M400 100')).toBe(true);
    expect(paths.selected.startsWith('M-200 600')).toBe(true);
    expect(paths.external).toBe('');
  });

  it('maps a minimap pixel back to the canvas point under it', () => {
    const box = { x: -100, y: -50, width: 2000, height: 1500 };
    expect(toFlowPoint(box, 0, 0)).toEqual({ x: -100, y: -50 });
    expect(toFlowPoint(box, MINIMAP_SIZE.width / 2, MINIMAP_SIZE.height / 2)).toEqual({ x: 900, y: 700 });
    expect(maskPath(box, { x: 0, y: 0, width: 10, height: 10 }).match(/M/g)).toHaveLength(2);
  });
});
