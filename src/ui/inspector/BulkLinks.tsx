// Bulk edit of several selected links: duplex, the target transport (an OpenWire transport every target has),
// networkTTL and the bridge user, each edit for all of them in one undo step.

import { useState } from 'react';
import { commonTargetTransports, setLinkField, shared } from '../../model/bulkEdits';
import { setLinkCredentials } from '../../model/bridgeCredentials';
import { linkId } from '../../model';
import { editNetwork } from '../../store/actions';
import { useDesigner } from '../../store/designerStore';
import { checkTtl } from '../../store/fieldChecks';
import { CheckedField, optionalText } from './CheckedField';
import { newPassword, PasswordField } from './securityFields';

export function BulkLinks({ indices }: { indices: number[] }) {
  const network = useDesigner((s) => s.current.network);
  const links = indices.map((i) => network.links[i]).filter(Boolean);
  const [user, setUser] = useState(shared(links, (l) => l.userName) ?? 'amq');
  if (!links.length) return null;
  const duplex = shared(links, (l) => !!l.duplex);
  const transport = shared(links, (l) => l.transport ?? '');
  const ttl = shared(links, (l) => l.networkTTL?.toString() ?? '');
  const choices = commonTargetTransports(network, indices);
  const password = shared(links, (l) => l.password);
  return (
    <fieldset className="bulk" data-bulk="links">
      <legend>{links.length} links: {links.map(linkId).join(', ')}</legend>
      <label className="check">
        <input
          type="checkbox" name="bulk-duplex" checked={duplex === true}
          ref={(el) => { if (el) el.indeterminate = duplex === undefined; }}
          onChange={(e) => editNetwork((t) => setLinkField(t, indices, { duplex: e.target.checked || undefined }))}
        />
        Duplex{duplex === undefined ? ' (mixed)' : ''}
      </label>
      <div className="field">
        <label htmlFor="bulk-transport">Target transport</label>
        <select id="bulk-transport" value={transport ?? '-'} onChange={(e) => { if (e.target.value !== '-') editNetwork((t) => setLinkField(t, indices, { transport: e.target.value || undefined })); }}>
          {transport === undefined && <option value="-">— mixed —</option>}
          <option value="">Default (first OpenWire transport)</option>
          {choices.map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
        <div className="field-hint">OpenWire transports every target has.</div>
      </div>
      <CheckedField label="networkTTL" name="bulk-ttl" value={ttl ?? ''} placeholder={ttl === undefined ? 'mixed' : 'network setting'} check={(raw) => checkTtl(raw, true)} onCommit={(networkTTL) => editNetwork((t) => setLinkField(t, indices, { networkTTL }))} />
      <CheckedField label="Bridge user" name="bulk-link-user" value={user} check={optionalText} onCommit={(u) => setUser(u ?? 'amq')} />
      <PasswordField
        label="Bridge password" name="bulk-link-password" value={password}
        hint="Sets user and password on all these links and on each end that authenticates."
        onCommit={(p) => editNetwork((t) => setLinkCredentials(t, indices, user, p ?? newPassword()))}
      />
    </fieldset>
  );
}
