// The broker node: name, role, host, a badge with the number of diagnostics naming it and pills for its MCollective
// servers/clients. Reads its own props only, the simulation mark (if a simulation is shown) included.

import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { ServerGroupPills } from './ServerGroupPill';
import { SimMarkBadge } from './SimMarkBadge';
import type { BrokerFlowNode } from './toFlow';

/** Either handle starts a link from this broker (connectionMode loose; Canvas.tsx decides the direction). */
const HANDLE_TITLE = 'Drag onto another broker: this broker dials it';
const ROLE_LABEL = { noc: 'NOC', broker: 'Broker', external: 'External' } as const;

function BrokerNodeView({ data, selected }: NodeProps<BrokerFlowNode>) {
  const { broker, diag, sim } = data;
  return (
    <div className={`broker-node role-${broker.role}${selected ? ' selected' : ''}${sim ? ` sim-${sim.kind}` : ''}`} data-broker={broker.name} title={broker.name}>
      <Handle type="target" position={Position.Top} className="broker-handle" title={HANDLE_TITLE} />
      <div className="broker-node-head">
        <span className="broker-role">{ROLE_LABEL[broker.role]}</span>
        {diag && (
          <span className={`diag-badge sev-${diag.severity}`} title={`${diag.count} diagnostic${diag.count > 1 ? 's' : ''}`} data-testid="node-diag-badge">
            {diag.count}
          </span>
        )}
      </div>
      <div className="broker-name">{broker.name || '(no name)'}</div>
      <div className="broker-host">{broker.host || 'no host'}{broker.location ? ` · ${broker.location}` : ''}</div>
      <ServerGroupPills servers={broker.servers} clients={broker.clients} />
      {sim && <SimMarkBadge mark={sim} />}
      <Handle type="source" position={Position.Bottom} className="broker-handle" title={HANDLE_TITLE} />
    </div>
  );
}

export const BrokerNode = memo(BrokerNodeView);
