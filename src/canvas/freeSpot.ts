// Where a broker added from the keyboard goes: the grid spot nearest the middle of the view where its box, with a
// gap around it, overlaps no broker and no overlay (minimap, legend, controls), and no link runs under it (a broker
// dropped on a line reads as part of that link). Pure geometry in flow coordinates.

export interface Box { x: number; y: number; width: number; height: number }
export interface Spot { x: number; y: number }
/** A link as the straight line between its brokers' centres (a paired link's curve stays close to it). */
export interface Line { x1: number; y1: number; x2: number; y2: number }

/** About this many candidate spots are tried: a view zoomed far out is searched on a coarser grid, not a finer one. */
const MAX_CANDIDATES = 4000;

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const inflate = (b: Box, by: number): Box => ({ x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by });

/** Whether the segment crosses the box (Liang-Barsky clipping). */
export function crosses(l: Line, b: Box): boolean {
  const dx = l.x2 - l.x1;
  const dy = l.y2 - l.y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [[-dx, l.x1 - b.x], [dx, b.x + b.width - l.x1], [-dy, l.y1 - b.y], [dy, b.y + b.height - l.y1]];
  for (const [p, q] of edges) {
    if (p === 0) { if (q < 0) return false; continue; }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t); else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

const lineBox = (l: Line): Box => ({ x: Math.min(l.x1, l.x2), y: Math.min(l.y1, l.y2), width: Math.abs(l.x2 - l.x1), height: Math.abs(l.y2 - l.y1) });

export interface Obstacles { boxes: readonly Box[]; lines?: readonly Line[] }

/**
 * The top-left corner (on `grid`) for a box of `size` inside `area`, nearest the area's middle, at least `gap` from
 * every box and from the area's edges, at least half that from every line; undefined when there is no such spot.
 */
export function freeSpot(area: Box, { boxes, lines = [] }: Obstacles, size: { width: number; height: number }, grid: number, gap: number): Spot | undefined {
  const cells = (area.width * area.height) / (grid * grid);
  const step = grid * Math.max(1, Math.ceil(Math.sqrt(cells / MAX_CANDIDATES)));
  const x0 = Math.ceil((area.x + gap) / step) * step;
  const y0 = Math.ceil((area.y + gap) / step) * step;
  const x1 = area.x + area.width - gap - size.width;
  const y1 = area.y + area.height - gap - size.height;
  if (x1 < x0 || y1 < y0) return undefined;
  // Only boxes that reach into the area can be in the way.
  const near = boxes.map((b) => inflate(b, gap)).filter((b) => overlaps(b, area));
  const nearLines = lines.filter((l) => overlaps(inflate(lineBox(l), gap), area));
  const cx = area.x + area.width / 2 - size.width / 2;
  const cy = area.y + area.height / 2 - size.height / 2;
  const candidates: Spot[] = [];
  for (let y = y0; y <= y1; y += step) for (let x = x0; x <= x1; x += step) candidates.push({ x, y });
  candidates.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
  return candidates.find((c) => {
    const box = { ...c, ...size };
    return !near.some((b) => overlaps(b, box)) && !nearLines.some((l) => crosses(l, inflate(box, gap / 2)));
  });
}

/**
 * A spot in the view clear of brokers, overlays and links; else one clear of brokers and overlays only (a view
 * crossed by links everywhere); else the nearest clear spot around the view (a view crowded with brokers), with
 * `inView` false so that the caller brings it into view.
 */
export function placeInView(view: Box, taken: Obstacles, size: { width: number; height: number }, grid: number, gap: number): (Spot & { inView: boolean }) | undefined {
  const inside = freeSpot(view, taken, size, grid, gap) ?? freeSpot(view, { boxes: taken.boxes }, size, grid, gap);
  if (inside) return { ...inside, inView: true };
  const around = { x: view.x - view.width, y: view.y - view.height, width: 3 * view.width, height: 3 * view.height };
  const outside = freeSpot(around, taken, size, grid, gap);
  return outside && { ...outside, inView: false };
}
