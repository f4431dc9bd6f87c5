// The inspector: the one selected broker or link, bulk edit of a multiple selection, or the network settings. Its
// "Properties" title collapses it (the XML preview below then takes the room: panels/RightColumn.tsx).

import { deleteSelected } from '../../store/actions';
import { useDesigner } from '../../store/designerStore';
import { useSettled } from '../useSettled';
import { BrokerInspector } from './BrokerInspector';
import { BulkBrokers } from './BulkBrokers';
import { BulkLinks } from './BulkLinks';
import { LinkInspector } from './LinkInspector';
import { isLinkPair, LinkPairInspector } from './LinkPair';
import { NetworkInspector } from './NetworkInspector';
import { plural } from '../../store/plural';


export function Inspector({ open = true, onToggle }: { open?: boolean; onToggle?: () => void }) {
  // Settled like the XML preview: the canvas answers a click or a drag first, the inspector follows.
  const selection = useSettled(useDesigner((s) => s.selection));
  const links = useDesigner((s) => s.current.network.links);
  const total = selection.brokers.length + selection.links.length;
  const selectedLinks = selection.links.map((i) => links[i]);
  let body;
  if (total === 0) body = <NetworkInspector />;
  else if (!selection.brokers.length && isLinkPair(selectedLinks)) {
    body = <LinkPairInspector key={selection.links.join(',')} indices={selection.links} links={selectedLinks as NonNullable<(typeof selectedLinks)[number]>[]} />;
  } else if (total > 1) {
    body = (
      <div className="inspector-body" data-inspector="selection">
        <h2 className="panel-title">Selection</h2>
        <p>{plural(selection.brokers.length, 'broker')} and {plural(selection.links.length, 'link')} selected. Edits apply to all of them.</p>
        {selection.brokers.length > 1 && <BulkBrokers indices={selection.brokers} />}
        {selection.links.length > 1 && <BulkLinks indices={selection.links} />}
        <button type="button" className="small-button danger" onClick={deleteSelected}>Delete selection</button>
      </div>
    );
  } else if (selection.brokers.length) body = <BrokerInspector key={`b${selection.brokers[0]}`} index={selection.brokers[0]} />;
  else body = <LinkInspector key={`l${selection.links[0]}`} index={selection.links[0]} />;
  return (
    <section className={`panel inspector${open ? '' : ' collapsed'}`} aria-label="Inspector">
      {onToggle && (
        <button type="button" className="panel-title as-button section-toggle" aria-expanded={open} onClick={onToggle} data-testid="properties-toggle">
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> Properties
        </button>
      )}
      {open && body}
    </section>
  );
}
