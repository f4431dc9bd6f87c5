// The selected broker: name (renaming updates every link and failover list naming it), role, host, location,
// transports, security and MCollective servers/clients; Connect to… (the keyboard's way to draw a link from it).

import type { BrokerRole } from '../../model';
import { renameBroker, updateBroker } from '../../store/actions';
import { useDesigner } from '../../store/designerStore';
import { openDialog } from '../../store/uiStore';
import { checkBrokerName } from '../../store/fieldChecks';
import { AmazonMqBrokerFields } from './AmazonMqFields';
import { anyText, CheckedField, optionalText } from './CheckedField';
import { SecuritySection } from './security';
import { McollectiveGroups } from './servers';
import { TransportList } from './TransportList';

export function BrokerInspector({ index }: { index: number }) {
  const broker = useDesigner((s) => s.current.network.brokers[index]);
  if (!broker) return null;
  return (
    <div className="inspector-body" data-inspector="broker">
      <div className="inspector-title-row">
        <h2 className="panel-title">Broker</h2>
        <button type="button" className="small-button" data-testid="connect-to" title="Pick the broker this one dials (C)" onClick={() => openDialog({ kind: 'connect', from: index })}>Connect to…</button>
      </div>
      <CheckedField
        label="Name (brokerName)" name="broker-name" value={broker.name}
        check={(raw) => checkBrokerName(useDesigner.getState().current.network, index, raw)}
        onCommit={(name) => renameBroker(index, name)}
        hint="Links to and from this broker follow a rename."
      />
      <div className="field">
        <label htmlFor="broker-role">Role</label>
        <select id="broker-role" value={broker.role} onChange={(e) => updateBroker(index, { role: e.target.value as BrokerRole })}>
          <option value="broker">Broker</option>
          <option value="noc">NOC broker</option>
          <option value="external">External (not exported)</option>
        </select>
      </div>
      <CheckedField label="Host" name="broker-host" value={broker.host} placeholder="amq.example.net" check={anyText} onCommit={(host) => updateBroker(index, { host })} hint="The address other brokers dial." />
      <CheckedField label="Location" name="broker-location" value={broker.location ?? ''} placeholder="country or data center" check={optionalText} onCommit={(location) => updateBroker(index, { location })} />
      <AmazonMqBrokerFields index={index} />
      <TransportList index={index} transports={broker.transports} />
      <McollectiveGroups index={index} />
      <SecuritySection index={index} />
    </div>
  );
}
