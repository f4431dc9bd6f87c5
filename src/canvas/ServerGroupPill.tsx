// The MCollective groups drawn on a broker node: a pill per group ("de-web × 30" for servers, "operators" for a NOC's
// clients), from the node's own broker props. Names are React text, never markup.

import type { ClientGroup, ServerGroup } from '../model';
import './serverGroupPill.css';

interface Props {
  servers: ServerGroup | undefined;
  clients: ClientGroup | undefined;
}

export function ServerGroupPills({ servers, clients }: Props) {
  if (!servers && !clients) return null;
  return (
    <div className="mco-pills">
      {servers && (
        <span
          className="mco-pill mco-pill-servers" data-group="servers"
          title={`${servers.count} MCollective server${servers.count === 1 ? '' : 's'} "${servers.name}" (server.cfg)`}
        >
          <span className="mco-pill-name">{servers.name}</span>{' '}
          <span className="mco-pill-count">× {servers.count}</span>
        </span>
      )}
      {clients && (
        <span className="mco-pill mco-pill-clients" data-group="clients" title={`MCollective operator clients "${clients.name}" (client.cfg)`}>
          <span className="mco-pill-kind">operators</span>
          {clients.name !== 'operators' && <>{' '}<span className="mco-pill-name">{clients.name}</span></>}
        </span>
      )}
    </div>
  );
}
