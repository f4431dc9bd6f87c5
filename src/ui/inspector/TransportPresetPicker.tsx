// "+ Add transport": a preset (OpenWire tcp/nio, OpenWire SSL ssl/nio+ssl, STOMP, STOMP SSL) and, for SSL
// presets, whether the broker asks clients for a certificate (transport.needClientAuth). Used by the broker
// inspector and by bulk edit.

import { useId, useState } from 'react';
import { type PresetOptions, TRANSPORT_PRESETS, type TransportPresetId, transportPreset } from '../../model/transportPresets';

export function AddTransport({ onAdd, label = '+ Add transport' }: { onAdd: (id: TransportPresetId, opts: PresetOptions) => void; label?: string }) {
  const id = useId();
  const [preset, setPreset] = useState<TransportPresetId>('openwire');
  const [clientAuth, setClientAuth] = useState(false);
  const ssl = transportPreset(preset).ssl;
  return (
    <div className="add-transport">
      <label htmlFor={id} className="visually-hidden">Transport preset</label>
      <select id={id} name="transport-preset" value={preset} onChange={(e) => setPreset(e.target.value as TransportPresetId)}>
        {TRANSPORT_PRESETS.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
      </select>
      {ssl && (
        <label className="check" title="The broker refuses clients (and bridges) without a certificate its trust store trusts">
          <input type="checkbox" name="transport-client-auth" checked={clientAuth} onChange={(e) => setClientAuth(e.target.checked)} /> needClientAuth
        </label>
      )}
      <button type="button" className="small-button" data-action="add-transport" onClick={() => onAdd(preset, { needClientAuth: ssl && clientAuth })}>{label}</button>
    </div>
  );
}
