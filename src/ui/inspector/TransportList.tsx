// The broker's transportConnectors: name and URI per row, editable, removable, and presets to add one (OpenWire
// tcp/nio, OpenWire SSL with an optional needClientAuth, STOMP, STOMP SSL, on their standard ports or the next
// free ones).

import type { Transport } from '../../model';
import { withPresetTransport } from '../../model/transportPresets';
import { updateBroker } from '../../store/actions';
import { useDesigner } from '../../store/designerStore';
import { checkRequired, checkUri } from '../../store/fieldChecks';
import { CheckedField } from './CheckedField';
import { AddTransport } from './TransportPresetPicker';

export function TransportList({ index, transports }: { index: number; transports: Transport[] }) {
  const set = (next: Transport[]) => updateBroker(index, { transports: next });
  const patch = (i: number, p: Partial<Transport>) => set(transports.map((t, j) => (j === i ? { ...t, ...p } : t)));
  const checkName = (i: number) => (raw: string) => {
    const r = checkRequired('A transport name', raw);
    if (r.ok && transports.some((t, j) => j !== i && t.name === r.value)) return { ok: false as const, error: `Another transport is already named "${r.value}".` };
    return r;
  };
  return (
    <fieldset className="transports">
      <legend>Transports</legend>
      {transports.length === 0 && <p className="panel-hint">No transport: nothing can connect to this broker.</p>}
      {transports.map((t, i) => (
        <div className="transport-row" key={i} data-transport={t.name}>
          <CheckedField label="Name" value={t.name} check={checkName(i)} onCommit={(name) => patch(i, { name })} />
          <CheckedField label="URI" value={t.uri} check={checkUri} onCommit={(uri) => patch(i, { uri })} />
          <button type="button" className="icon-button" aria-label={`Remove transport ${t.name}`} title="Remove transport" onClick={() => set(transports.filter((_, j) => j !== i))}>✕</button>
        </div>
      ))}
      <AddTransport onAdd={(id, opts) => {
        const b = useDesigner.getState().current.network.brokers[index];
        if (b) updateBroker(index, { transports: withPresetTransport(b, id, opts).transports });
      }} />
    </fieldset>
  );
}
