// A link's target transport: only what a bridge can dial (the target's OpenWire transports), each marked ssl or
// plain; an ssl one says when the dialing broker still needs an SSL context (ssl-context-missing would follow).

import type { Broker, Link } from '../../model';
import { transportKind } from '../../model/transportPresets';
import { updateLink } from '../../store/actions';

export function TargetTransportPicker({ index, link, from, target }: { index: number; link: Link; from: Broker | undefined; target: Broker | undefined }) {
  const dialable = target?.transports.filter((t) => transportKind(t)?.openwire) ?? [];
  const current = link.transport;
  const stray = current !== undefined && !dialable.some((t) => t.name === current);
  return (
    <div className="field">
      <label htmlFor="link-transport">Target transport</label>
      <select id="link-transport" value={current ?? ''} onChange={(e) => updateLink(index, { transport: e.target.value || undefined })}>
        <option value="">Default (first OpenWire transport)</option>
        {dialable.map((t) => {
          const ssl = !!transportKind(t)?.ssl;
          const note = ssl && !from?.ssl?.trustStore ? ` — needs an SSL context on ${from?.name ?? link.from}` : '';
          return <option key={t.name} value={t.name}>{t.name} — {ssl ? 'ssl' : 'plain'}, {t.uri}{note}</option>;
        })}
        {stray && <option value={current}>{current} ({target?.transports.some((t) => t.name === current) ? 'not OpenWire: a bridge cannot dial it' : 'missing'})</option>}
      </select>
      <div className="field-hint">Only OpenWire transports (tcp, nio, ssl, nio+ssl, auto): a bridge cannot dial STOMP.</div>
    </div>
  );
}
