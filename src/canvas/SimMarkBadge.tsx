// The simulation mark inside a broker node: source, receives, or not delivered with a short reason (the full
// reason in the tooltip and in the simulate panel).

import type { SimMark } from './simHighlight';
import './simHighlight.css';

const TEXT = { source: '▶ source', delivered: '✓ receives' } as const;

export function SimMarkBadge({ mark }: { mark: SimMark }) {
  const text = mark.text ?? (mark.kind === 'missed' ? `✗ not delivered: ${mark.short ?? ''}` : TEXT[mark.kind]);
  return (
    <div className={`sim-mark sim-${mark.kind}`} data-sim={mark.kind} title={mark.reason ?? text}>{text}</div>
  );
}
