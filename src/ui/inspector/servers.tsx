// The broker inspector's MCollective part (issue 7): the broker's managed server group (name, count, user,
// failover brokers) and, at NOC brokers, its operator clients. Each edit is one undoable store edit; the export
// writes them as <broker>/server.cfg and client.cfg.

import './servers.css';
import { type Broker, type ClientGroup, DEFAULT_CLIENT_USER, DEFAULT_SERVER_USER, type ServerGroup } from '../../model';
import { updateBroker } from '../../store/actions';
import { useDesigner } from '../../store/designerStore';
import { CheckedField } from './CheckedField';
import { checkGroupName, checkServerCount } from './serversChecks';
import { FailoverList } from './serversFailover';
import { GroupUserField } from './serversUser';

type Kind = 'servers' | 'clients';

const TEXT = {
  servers: { title: 'Managed servers', file: 'server.cfg', add: '+ Add server group', remove: 'Remove server group', none: 'No MCollective servers connect to this broker.', user: DEFAULT_SERVER_USER },
  clients: { title: 'Operator clients', file: 'client.cfg', add: '+ Add operator clients', remove: 'Remove operator clients', none: 'No operator clients (mco) connect to this broker.', user: DEFAULT_CLIENT_USER },
} as const;

function setGroup(index: number, kind: Kind, group: ServerGroup | ClientGroup | undefined): void {
  updateBroker(index, kind === 'servers' ? { servers: group as ServerGroup | undefined } : { clients: group });
}

function newGroup(broker: Broker, kind: Kind): ServerGroup | ClientGroup {
  return kind === 'servers' ? { name: `${broker.name}-servers`, count: 1 } : { name: 'operators' };
}

export function McollectiveGroups({ index }: { index: number }) {
  const broker = useDesigner((s) => s.current.network.brokers[index]);
  if (!broker) return null;
  return (
    <section className="mco-groups" aria-label="MCollective">
      <h3 className="mco-title">MCollective</h3>
      <GroupSection index={index} kind="servers" broker={broker} />
      {(broker.role === 'noc' || broker.clients) && <GroupSection index={index} kind="clients" broker={broker} />}
    </section>
  );
}

function GroupSection({ index, kind, broker }: { index: number; kind: Kind; broker: Broker }) {
  const brokerNames = useDesigner((s) => s.current.network.brokers.map((b) => b.name).join('\u0000'));
  const text = TEXT[kind];
  const group: ServerGroup | ClientGroup | undefined = broker[kind];
  if (!group) {
    return (
      <fieldset className="mco-group" data-section={kind}>
        <legend>{text.title}</legend>
        <p className="panel-hint">{text.none}</p>
        <button type="button" className="small-button" onClick={() => setGroup(index, kind, newGroup(broker, kind))}>{text.add}</button>
      </fieldset>
    );
  }
  const patch = (p: Partial<ServerGroup>) => setGroup(index, kind, { ...group, ...p });
  const user = group.user ?? text.user;
  return (
    <fieldset className="mco-group" data-section={kind}>
      <legend>{text.title} <span className="muted">→ {text.file}</span></legend>
      {kind === 'clients' && broker.role !== 'noc' && <p className="field-error">Only a NOC broker gets a client.cfg: make this a NOC broker or remove the clients.</p>}
      <div className={kind === 'servers' ? 'mco-row' : undefined}>
        <CheckedField label="Group name" name={`${kind}-name`} value={group.name} check={checkGroupName} onCommit={(name) => patch({ name })} />
        {'count' in group && (
          <CheckedField label="Servers" name="servers-count" value={String(group.count)} check={checkServerCount} onCommit={(count) => patch({ count })} />
        )}
      </div>
      <GroupUserField kind={kind} value={user} users={broker.users} onCommit={(u) => { if (u !== user) patch({ user: u }); }} />
      <FailoverList
        kind={kind} own={broker.name} failover={group.failover ?? []} brokerNames={brokerNames.split('\u0000')}
        onChange={(failover) => patch({ failover })}
      />
      <button type="button" className="small-button danger" onClick={() => setGroup(index, kind, undefined)}>{text.remove}</button>
    </fieldset>
  );
}
