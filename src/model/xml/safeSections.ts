// The <broker> sections a designed broker gets for safety (../shared/network-pitfalls.md, safeDefaults.ts): the
// destination policy with the queue replay filter (P1) and the virtual-topic interceptor with local="true" (P7).
// Each section carries an XML comment saying why, so whoever reads the file on the broker host knows.

import type { SafeDefaults } from '../safeDefaults';

const REPLAY_WHY = `<!-- Replay (network-pitfalls P1): a queue message forwarded to a broker whose consumer then left is sent back to a
           broker with a consumer, instead of being stranded. replayDelay keeps a message that just arrived from bouncing. -->`;

function replayFilter(indent: string): string {
  return [
    `${indent}<networkBridgeFilterFactory>`,
    `${indent}  <conditionalNetworkBridgeFilterFactory replayWhenNoConsumers="true" replayDelay="500"/>`,
    `${indent}</networkBridgeFilterFactory>`,
  ].join('\n');
}

/** One queue policyEntry, with the replay filter when the defaults ask for it. `rest` = its other attributes. */
function queueEntry(pattern: string, rest: string, d: SafeDefaults): string {
  const i = '          ';
  const audit = d.replay && d.auditOff ? ' enableAudit="false"' : '';
  if (!d.replay) return `${i}<policyEntry queue="${pattern}"${rest}/>`;
  return [`${i}<policyEntry queue="${pattern}"${rest}${audit}>`, replayFilter(`${i}  `), `${i}</policyEntry>`].join('\n');
}

/** The <destinationPolicy> section, or '' when the broker needs none. */
export function destinationPolicy(mcollective: boolean, d: SafeDefaults): string {
  const entries: string[] = [];
  // MCollective: no producer flow control on topics; reply queues are single-use and must be garbage-collected.
  if (mcollective) {
    entries.push('          <policyEntry topic=">" producerFlowControl="false"/>');
    entries.push(queueEntry('*.reply.>', ' gcInactiveDestinations="true" inactiveTimoutBeforeGC="300000"', d));
  }
  if (d.replay) entries.push(queueEntry('>', '', d));
  if (!entries.length) return '';
  const why = [
    mcollective ? '    <!-- MCollective: no producer flow control on topics; reply queues are garbage-collected. -->' : '',
    d.replay ? `    ${REPLAY_WHY}` : '',
  ].filter(Boolean);
  return [...why, '    <destinationPolicy>', '      <policyMap>', '        <policyEntries>', ...entries, '        </policyEntries>', '      </policyMap>', '    </destinationPolicy>'].join('\n');
}

/** The <destinationInterceptors> section, or '' (ActiveMQ's default virtual topics stay as they are). */
export function destinationInterceptors(d: SafeDefaults): string {
  if (!d.virtualTopicLocal) return '';
  return `    <!-- Virtual topics (network-pitfalls P7): ActiveMQ's default, plus local="true": a topic message that arrived over a
         bridge is not fanned out again into the Consumer.*. queues, which get their copy over the queue bridge. -->
    <destinationInterceptors>
      <virtualDestinationInterceptor>
        <virtualDestinations>
          <virtualTopic name="VirtualTopic.>" prefix="Consumer.*." local="true"/>
        </virtualDestinations>
      </virtualDestinationInterceptor>
    </destinationInterceptors>`;
}

export const START_ASYNC_WHY = '<!-- networkConnectorStartAsync (network-pitfalls P13): a peer that does not answer cannot hold up the bridges to the others. -->';
export const CONNECTORS_WHY = '<!-- Written out explicitly (network-pitfalls P4, P5): decreaseNetworkConsumerPriority (its default flips in 5.18) and, on connectors that carry queues, suppressDuplicateQueueSubscriptions (no second demand over a longer route in a mesh). -->';
