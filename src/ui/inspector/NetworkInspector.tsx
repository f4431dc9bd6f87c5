// Network-wide settings, shown when nothing is selected: name, preset, networkTTL, ActiveMQ version.

import { DEFAULT_VERSION, deriveNetwork, networkVersion, OFFERED_VERSIONS, type Preset, versionEffect } from '../../model';
import { updateSettings } from '../../store/actions';
import { useCheckedNetwork, useNetwork } from '../../store/derived';
import { checkTtl } from '../../store/fieldChecks';
import { secure } from '../commands';
import { TargetFields } from './AmazonMqFields';
import { CheckedField, optionalText } from './CheckedField';
import { plural } from '../../store/plural';

export function NetworkInspector() {
  const network = useNetwork();
  const { settings } = network;
  // The automatic TTL needs the hop analysis: from the checked (deferred) network, like the diagnostics, so that a
  // large network is drawn before it runs.
  const checked = useCheckedNetwork();
  const auto = checked ? deriveNetwork(checked).hops.defaultTtl : '…';
  // The rules and the export follow the version (network-pitfalls.md): offer the 5.x releases, keeping a value read from a file.
  const version = settings.activemqVersion ?? DEFAULT_VERSION;
  const versions = OFFERED_VERSIONS.includes(version) ? OFFERED_VERSIONS : [...OFFERED_VERSIONS, version];
  return (
    <div className="inspector-body" data-inspector="network">
      <h2 className="panel-title">Network</h2>
      <CheckedField label="Name" name="network-name" value={network.name ?? ''} check={optionalText} onCommit={(name) => updateSettings({ name })} hint="Names the zip and the topology file." />
      <div className="field">
        <label htmlFor="network-preset">Preset</label>
        <select id="network-preset" value={settings.preset} onChange={(e) => updateSettings({ preset: e.target.value as Preset })}>
          <option value="mcollective">MCollective (topics + queues connectors)</option>
          <option value="plain">Plain (one connector per link)</option>
        </select>
      </div>
      <CheckedField
        label="networkTTL" name="network-ttl" value={settings.networkTTL?.toString() ?? ''} placeholder={`automatic (${auto})`}
        check={(raw) => checkTtl(raw, true)} onCommit={(networkTTL) => updateSettings({ networkTTL })}
        hint={`Empty: the smallest TTL that reaches every broker (now ${auto}).`}
      />
      <TargetFields />
      {settings.target !== 'amazon-mq' && <div className="field">
        <label htmlFor="network-version">ActiveMQ version</label>
        <select id="network-version" aria-describedby="network-version-effect" value={version}
          onChange={(e) => updateSettings({ activemqVersion: e.target.value === DEFAULT_VERSION && settings.activemqVersion === undefined ? undefined : e.target.value })}>
          {versions.map((v) => <option key={v} value={v}>{v}{v === DEFAULT_VERSION ? ' (default)' : ''}</option>)}
        </select>
        <p className="panel-hint" id="network-version-effect" data-testid="version-effect">{versionEffect(networkVersion(network))}</p>
      </div>}
      <div className="field secure-network">
        <button type="button" className="small-button primary" data-action="secure-network" onClick={secure}>Secure the network</button>
        <div className="field-hint">Users and authorization on every broker, bridge credentials on every link, SSL on every link between locations, plain ports beside SSL closed. One undo step; it lists what it changed.</div>
      </div>
      <p className="panel-hint">{plural(network.brokers.length, 'broker')}, {plural(network.links.length, 'link')}. Select a broker or link to edit it.</p>
    </div>
  );
}
