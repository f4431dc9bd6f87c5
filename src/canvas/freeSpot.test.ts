import { describe, expect, it } from 'vitest';
import { crosses, freeSpot, placeInView } from './freeSpot';

const SIZE = { width: 170, height: 64 };
const view = { x: 0, y: 0, width: 1000, height: 600 };
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('where a broker added by keyboard goes', () => {
  it('goes to the middle of an empty view, on the grid', () => {
    const spot = freeSpot(view, { boxes: [] }, SIZE, 20, 40)!;
    expect(spot.x % 20).toBe(0);
    expect(spot.y % 20).toBe(0);
    expect(Math.abs(spot.x + SIZE.width / 2 - 500)).toBeLessThanOrEqual(20);
    expect(Math.abs(spot.y + SIZE.height / 2 - 300)).toBeLessThanOrEqual(20);
  });

  it('keeps clear of brokers, overlays and links, and stays inside the view', () => {
    const boxes = [{ x: 415, y: 268, ...SIZE }, { x: 800, y: 450, width: 200, height: 150 }];
    const lines = [{ x1: 0, y1: 300, x2: 1000, y2: 300 }];
    const spot = freeSpot(view, { boxes, lines }, SIZE, 20, 40)!;
    const box = { ...spot, ...SIZE };
    for (const b of boxes) expect(overlap(box, { x: b.x - 40, y: b.y - 40, width: b.width + 80, height: b.height + 80 })).toBe(false);
    expect(crosses(lines[0], box)).toBe(false);
    expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= 1000 && box.y + box.height <= 600).toBe(true);
  });

  it('places successive brokers apart', () => {
    const boxes: { x: number; y: number; width: number; height: number }[] = [];
    for (let i = 0; i < 6; i++) boxes.push({ ...freeSpot(view, { boxes }, SIZE, 20, 40)!, ...SIZE });
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
  });

  it('ignores links when they leave no room, and looks around a full view', () => {
    const grid = { x1: 0, y1: 0, x2: 1000, y2: 600 };
    const lines = Array.from({ length: 40 }, (_, i) => ({ ...grid, y1: i * 15, y2: i * 15 }));
    expect(placeInView(view, { boxes: [], lines }, SIZE, 20, 40)?.inView).toBe(true);
    const full = placeInView(view, { boxes: [view] }, SIZE, 20, 40)!;
    expect(full.inView).toBe(false);
    expect(overlap({ ...full, ...SIZE }, view)).toBe(false);
  });

  it('searches a view zoomed far out on a coarser grid, not on millions of spots', () => {
    const huge = { x: 0, y: 0, width: 100_000, height: 60_000 };
    const spot = freeSpot(huge, { boxes: [] }, SIZE, 20, 40)!;
    expect(Math.abs(spot.x - 50_000)).toBeLessThan(2_000);
  });
});
