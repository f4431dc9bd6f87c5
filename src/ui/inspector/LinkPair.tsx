// Several selected links that all join the same two brokers (a paired return link, or a link and its duplicate, as
// a diagnostic about the pair selects them): the link inspector of one of them, with a tab per link to switch.

import { useState } from 'react';
import '../previewTabs.css';
import type { Link } from '../../model';
import { LinkInspector } from './LinkInspector';

/** True when the links (at least two) all join the same two brokers, either way round. */
export function isLinkPair(links: readonly (Link | undefined)[]): boolean {
  if (links.length < 2 || links.some((l) => !l)) return false;
  const key = (l: Link) => [l.from, l.to].sort().join('\u0000');
  const first = key(links[0]!);
  return links.every((l) => key(l!) === first);
}

export function LinkPairInspector({ indices, links }: { indices: number[]; links: Link[] }) {
  const [active, setActive] = useState(0);
  const index = indices[Math.min(active, indices.length - 1)];
  return (
    <div className="link-pair" data-inspector="link-pair">
      <div className="preview-tabs" role="tablist" aria-label={`${indices.length} links between ${links[0].from} and ${links[0].to}`}>
        {links.map((l, k) => (
          <button
            key={indices[k]} type="button" role="tab" aria-selected={k === active} data-pair-tab={indices[k]}
            className={`preview-tab${k === active ? ' active' : ''}`} onClick={() => setActive(k)}
          >{l.from} dials {l.to}{l.duplex ? ' (duplex)' : ''}</button>
        ))}
      </div>
      <LinkInspector key={index} index={index} />
    </div>
  );
}
