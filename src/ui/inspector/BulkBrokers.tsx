// Bulk edit of several selected brokers: what they share (role, location, users and their passwords, SSL context,
// a transport preset) edited for all of them, one undo step per edit. A field whose values differ shows "mixed".

import type { BrokerRole, Topology } from '../../model';
import { addSslContexts, addTransport, addUser, secureBrokers, setLocation, setRole, shared, sharedUsernames, setUserPassword } from '../../model/bulkEdits';
import { editNetwork } from '../../store/actions';
import { useDesigner } from '../../store/designerStore';
import { CheckedField, optionalText } from './CheckedField';
import { newPassword, PasswordField } from './securityFields';
import { AddTransport } from './TransportPresetPicker';

export function BulkBrokers({ indices }: { indices: number[] }) {
  const network = useDesigner((s) => s.current.network);
  const brokers = indices.map((i) => network.brokers[i]).filter(Boolean);
  if (!brokers.length) return null;
  const role = shared(brokers, (b) => b.role);
  const location = shared(brokers, (b) => b.location ?? '');
  const users = sharedUsernames(network, indices);
  const withoutSsl = brokers.filter((b) => !b.ssl?.trustStore || !b.ssl.keyStore).length;
  const open = brokers.filter((b) => !b.users).length;
  const all = `${brokers.length} brokers`;
  return (
    <fieldset className="bulk" data-bulk="brokers">
      <legend>{all}: {brokers.map((b) => b.name).join(', ')}</legend>
      <div className="field">
        <label htmlFor="bulk-role">Role</label>
        <select id="bulk-role" name="bulk-role" value={role ?? ''} onChange={(e) => { const r = e.target.value as BrokerRole; if (r) editNetwork((t) => setRole(t, indices, r)); }}>
          {role === undefined && <option value="">— mixed —</option>}
          <option value="broker">Broker</option>
          <option value="noc">NOC broker</option>
          <option value="external">External (not exported)</option>
        </select>
      </div>
      <CheckedField
        label="Location" name="bulk-location" value={location ?? ''} placeholder={location === undefined ? 'mixed' : 'country or data center'}
        check={optionalText} onCommit={(loc) => editNetwork((t) => setLocation(t, indices, loc))} hint={`Sets the location of all ${all}.`}
      />
      <div className="field">
        <span className="field-label">Users</span>
        <div className="security-buttons">
          <button type="button" className="small-button" data-action="bulk-secure" onClick={() => editNetwork((t, ctx) => secureBrokers(t, indices, ctx))}>
            {network.settings.preset === 'mcollective' ? 'MCollective users and authorization on all' : 'Require authentication on all'}
          </button>
          {open < brokers.length && <button type="button" className="small-button" onClick={() => editNetwork((t) => addUser(t, indices, { username: freeUser(t, indices), password: newPassword(), groups: ['everyone'] }))}>+ Add a user to all</button>}
        </div>
        {open > 0 && open < brokers.length && <div className="field-hint">{open} of them authenticate nobody yet.</div>}
      </div>
      {users.map((u) => (
        <PasswordField
          key={u} label={`Password of ${u} on all`} name={`bulk-user-${u}`}
          value={shared(brokers, (b) => b.users!.find((x) => x.username === u)!.password)}
          hint={`Also the links that log in as ${u} to or from these brokers.`}
          onCommit={(p) => { if (p !== undefined) editNetwork((t) => setUserPassword(t, indices, u, p)); }}
        />
      ))}
      <div className="field">
        <span className="field-label">SSL</span>
        <button type="button" className="small-button" data-action="bulk-ssl" disabled={!withoutSsl} onClick={() => editNetwork((t, ctx) => addSslContexts(t, indices, ctx))}>
          {withoutSsl ? `Add SSL context to ${withoutSsl === brokers.length ? 'all' : `the ${withoutSsl} without one`}` : 'Every one has an SSL context'}
        </button>
      </div>
      <div className="field">
        <span className="field-label">Transport for all</span>
        <AddTransport label="+ Add to all" onAdd={(id, opts) => editNetwork((t) => addTransport(t, indices, id, opts))} />
      </div>
    </fieldset>
  );
}

function freeUser(t: Topology, indices: number[]): string {
  let n = 1;
  while (indices.some((i) => t.brokers[i]?.users?.some((u) => u.username === `user${n}`))) n++;
  return `user${n}`;
}
