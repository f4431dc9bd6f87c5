// A link-drawing gesture, apart from React: which broker the pointer was released on (its handle or anywhere on its
// body), and which way the new link dials. The broker where the drag starts dials the broker where it ends,
// whichever of their handles is used.

/** The node id (React Flow's data-id) under the point where the gesture ended, if any. */
export function brokerAt(event: MouseEvent | TouchEvent): string | undefined {
  const p = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!p) return undefined;
  const el = document.elementFromPoint(p.clientX, p.clientY);
  return el?.closest('.react-flow__node')?.getAttribute('data-id') ?? undefined;
}

/** The link a gesture makes: from the node it started on to the node it ended on; none when they are the same. */
export function dialledBy(start: string | undefined, end: string | undefined): { from: string; to: string } | undefined {
  return start && end && start !== end ? { from: start, to: end } : undefined;
}
