// The selected link: direction, duplex, the target transport to dial, networkTTL, bridge credentials, backups.

import { linkId } from '../../model';
import { updateLink } from '../../store/actions';
import { useDesigner } from '../../store/designerStore';
import { checkHosts, checkTtl } from '../../store/fieldChecks';
import { CheckedField, optionalText } from './CheckedField';
import { TargetTransportPicker } from './TargetTransportPicker';

export function LinkInspector({ index }: { index: number }) {
  const link = useDesigner((s) => s.current.network.links[index]);
  const target = useDesigner((s) => s.current.network.brokers.find((b) => b.name === link?.to));
  const from = useDesigner((s) => s.current.network.brokers.find((b) => b.name === link?.from));
  if (!link) return null;
  return (
    <div className="inspector-body" data-inspector="link">
      <h2 className="panel-title">Link <span className="muted">{linkId(link)}</span></h2>
      <p className="link-ends"><strong>{link.from}</strong> dials <strong>{link.to}</strong></p>
      <label className="check">
        <input type="checkbox" name="link-duplex" checked={!!link.duplex} onChange={(e) => updateLink(index, { duplex: e.target.checked || undefined })} />
        Duplex (one connection carries both directions)
      </label>
      <TargetTransportPicker index={index} link={link} from={from} target={target} />
      <CheckedField label="networkTTL" name="link-ttl" value={link.networkTTL?.toString() ?? ''} placeholder="network setting" check={(raw) => checkTtl(raw, true)} onCommit={(networkTTL) => updateLink(index, { networkTTL })} hint="Empty: use the network's networkTTL. -1: unlimited." />
      <CheckedField label="Bridge user" name="link-user" value={link.userName ?? ''} check={optionalText} onCommit={(userName) => updateLink(index, { userName })} />
      <CheckedField label="Bridge password" name="link-password" type="password" value={link.password ?? ''} check={(raw) => ({ ok: true, value: raw === '' ? undefined : raw })} onCommit={(password) => updateLink(index, { password })} />
      <CheckedField label="Backup hosts" name="link-backups" value={(link.backups ?? []).join(', ')} placeholder="host2.example.net, …" check={checkHosts} onCommit={(backups) => updateLink(index, { backups })} hint="Further hosts of the same target (failover)." />
    </div>
  );
}
