// Version awareness (settings.activemqVersion): a kept connector or broker attribute that the chosen ActiveMQ version
// does not know. Spring's XBean parser refuses an unknown attribute, so the broker does not start (e.g.
// remoteUserName before 5.17, syncDurableSubs before 5.14, local on a virtual topic before 5.6).

import { ATTRIBUTE_SINCE, networkVersion } from '../activemqVersion';
import { brokerAttributes } from '../brokerFacts';
import type { DerivedNetwork } from '../network';
import { rawConnectorInfo } from '../rawConnector';
import type { Diagnostic } from '../types';
import { diagnostic } from './diagnostic';
import type { CodeMeta } from './meta';

export const versionMeta: CodeMeta[] = [{
  code: 'attribute-needs-newer-version',
  severities: ['error'],
  title: 'An attribute the network\'s ActiveMQ version does not know: the broker does not start',
  refs: ['P1', 'P6', 'P7', 'P13', 'P15'],
  breaks: 'Spring\'s XBean parser refuses attributes the version\'s schema does not have, so the broker fails to start.',
  logLine: 'BeanCreationException … Invalid property \'remoteUserName\' of bean class [org.apache.activemq.network.DiscoveryNetworkConnector]',
  fix: 'Raise the network\'s ActiveMQ version (network settings) to what the brokers run, or remove the attribute.',
  example: 'settings.activemqVersion "5.16" with <networkConnector … remoteUserName="bridge"/>',
}];

export function versionRule(net: DerivedNetwork): Diagnostic[] {
  const v = networkVersion(net.topology);
  const out: Diagnostic[] = [];
  const report = (attribute: string, where: string, brokers: string[], links: string[] = []) => {
    const since = ATTRIBUTE_SINCE[attribute];
    out.push(diagnostic('attribute-needs-newer-version', 'error',
      `${where} sets ${attribute}, which ActiveMQ has only since 5.${since.minor}; the network targets ${v.text}, where the broker refuses the file and does not start. Set the network's ActiveMQ version to what the brokers run, or remove ${attribute}.`,
      brokers, links));
  };
  for (const c of net.connectors) {
    if (!c.raw || c.raw.targetIndex) continue;
    for (const name of rawConnectorInfo(c.raw.xml).attributes.keys()) {
      const since = ATTRIBUTE_SINCE[name];
      if (since?.where === 'networkConnector' && v.minor < since.minor) report(name, `Connector ${JSON.stringify(c.name)} of ${JSON.stringify(c.broker)}`, [c.broker, c.target], [c.linkId]);
    }
  }
  for (const b of net.topology.brokers) {
    if (!b.imported || b.role === 'external') continue;
    const a = brokerAttributes(b.imported.template);
    for (const [name, since] of Object.entries(ATTRIBUTE_SINCE)) {
      if (since.where !== 'networkConnector' && v.minor < since.minor && a.has(name)) report(name, `The file of ${JSON.stringify(b.name)}`, [b.name]);
    }
  }
  return out;
}
