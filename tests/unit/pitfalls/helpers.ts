// Test helper for the pitfall rules: small activemq.xml files (imported, so the rules read them as written).

import { importBrokerFiles, type Topology, validate } from '../../../src/model';

export interface FileSpec {
  /** Attributes on <broker> besides brokerName. */
  attrs?: string;
  /** Child sections placed before <networkConnectors> (destinationInterceptors, destinationPolicy). */
  before?: string;
  connectors?: string[];
}

export function brokerFile(name: string, spec: FileSpec = {}): { name: string; text: string } {
  const connectors = spec.connectors?.length ? `<networkConnectors>\n${spec.connectors.join('\n')}\n</networkConnectors>` : '';
  return {
    name: `${name}.xml`,
    text: `<beans xmlns="http://www.springframework.org/schema/beans">
<broker xmlns="http://activemq.apache.org/schema/core" brokerName="${name}" ${spec.attrs ?? ''}>
${spec.before ?? ''}
${connectors}
<transportConnectors><transportConnector name="openwire" uri="tcp://0.0.0.0:61616"/></transportConnectors>
</broker>
</beans>`,
  };
}

/** A connector from the file's broker to `to`, with extra attributes and body. */
export function nc(name: string, to: string, attrs = '', body = ''): string {
  return `<networkConnector name="${name}" uri="static:(tcp://${to}:61616)" ${attrs}>${body}</networkConnector>`;
}

export const REPLAY = `<destinationPolicy><policyMap><policyEntries>
<policyEntry queue=">"><networkBridgeFilterFactory><conditionalNetworkBridgeFilterFactory replayWhenNoConsumers="true"/></networkBridgeFilterFactory></policyEntry>
</policyEntries></policyMap></destinationPolicy>`;

export const LOCAL_VT = `<destinationInterceptors><virtualDestinationInterceptor><virtualDestinations>
<virtualTopic name="VirtualTopic.>" prefix="Consumer.*." local="true"/>
</virtualDestinations></virtualDestinationInterceptor></destinationInterceptors>`;

export function imported(files: { name: string; text: string }[], version?: string): Topology {
  const t = importBrokerFiles(files);
  if (version) t.settings.activemqVersion = version;
  return t;
}

export function codesOf(t: Topology, code: string) {
  return validate(t).filter((d) => d.code === code);
}
