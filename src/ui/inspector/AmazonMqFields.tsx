// The deployment target in the network inspector (self-managed ActiveMQ or Amazon MQ with its engine version) and,
// on Amazon MQ, each broker's deployment mode and endpoint in the broker inspector.

import type { DeploymentMode, DeploymentTarget } from '../../model';
import { ENGINE_VERSIONS, engineVersion } from '../../model/amazonMq/engine';
import { updateBroker, updateSettings } from '../../store/actions';
import { useDesigner } from '../../store/designerStore';
import { useNetwork } from '../../store/derived';
import { CheckedField, optionalText } from './CheckedField';

export function TargetFields() {
  const { settings } = useNetwork();
  const amazon = settings.target === 'amazon-mq';
  return (
    <>
      <div className="field">
        <label htmlFor="network-target">Deployment target</label>
        <select id="network-target" value={settings.target ?? 'activemq'}
          onChange={(e) => updateSettings({ target: e.target.value === 'activemq' ? undefined : e.target.value as DeploymentTarget })}>
          <option value="activemq">Self-managed ActiveMQ</option>
          <option value="amazon-mq">Amazon MQ for ActiveMQ</option>
        </select>
      </div>
      {amazon && (
        <div className="field">
          <label htmlFor="network-engine">Amazon MQ engine version</label>
          <select id="network-engine" value={engineVersion(settings)} onChange={(e) => updateSettings({ activemqVersion: e.target.value })}>
            {ENGINE_VERSIONS.map((v) => <option key={v} value={v}>ActiveMQ {v}</option>)}
          </select>
          <div className="field-hint">Each configuration is written to this version's schema; the zip holds Terraform for the brokers, their configurations and users.</div>
        </div>
      )}
    </>
  );
}

export function AmazonMqBrokerFields({ index }: { index: number }) {
  const amazon = useDesigner((s) => s.current.network.settings.target === 'amazon-mq');
  const broker = useDesigner((s) => s.current.network.brokers[index]);
  if (!amazon || !broker || broker.role === 'external') return null;
  return (
    <>
      <div className="field">
        <label htmlFor="broker-deployment">Amazon MQ deployment</label>
        <select id="broker-deployment" value={broker.deploymentMode ?? 'single'}
          onChange={(e) => updateBroker(index, { deploymentMode: e.target.value === 'single' ? undefined : e.target.value as DeploymentMode })}>
          <option value="single">Single instance</option>
          <option value="active-standby">Active/standby (two instances, masterslave links)</option>
        </select>
      </div>
      <CheckedField label="Amazon MQ endpoint" name="broker-endpoint" value={broker.endpoint ?? ''} placeholder="b-…-1.mq.<region>.amazonaws.com"
        check={optionalText} onCommit={(endpoint) => updateBroker(index, { endpoint })}
        hint="Once the broker exists (terraform output endpoints). Until then its peers' configurations name a placeholder." />
    </>
  );
}
