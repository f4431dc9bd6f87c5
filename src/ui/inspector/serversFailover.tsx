// The failover brokers of an MCollective group, in pool order after the group's own broker: add from the other
// brokers, move up or down, remove. A name no broker has any more is shown as such (the pool leaves it out).

interface Props {
  kind: 'servers' | 'clients';
  /** The group's own broker, never offered. */
  own: string;
  failover: string[];
  brokerNames: string[];
  onChange: (failover: string[] | undefined) => void;
}

export function FailoverList({ kind, own, failover, brokerNames, onChange }: Props) {
  const known = new Set(brokerNames);
  const offered = [...new Set(brokerNames)].filter((n) => n !== own && !failover.includes(n));
  const set = (next: string[]) => onChange(next.length ? next : undefined);
  const move = (i: number, by: -1 | 1) => {
    const next = [...failover];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    set(next);
  };
  return (
    <div className="mco-failover" data-failover-list={kind}>
      <div className="mco-failover-title">Failover brokers <span className="muted">(pool order after {own || 'this broker'})</span></div>
      {failover.length === 0 && <p className="panel-hint">None: the {kind === 'servers' ? 'servers' : 'clients'} connect to this broker only.</p>}
      <ol className="mco-failover-items">
        {failover.map((name, i) => (
          <li key={`${i}:${name}`} data-failover={name} className={known.has(name) ? undefined : 'mco-dangling'}>
            <span className="mco-failover-name" title={name}>{name}</span>
            {!known.has(name) && <span className="mco-failover-note">no such broker</span>}
            <button type="button" className="icon-button" aria-label={`Move ${name} up`} title="Move up" disabled={i === 0} onClick={() => move(i, -1)}>↑</button>
            <button type="button" className="icon-button" aria-label={`Move ${name} down`} title="Move down" disabled={i === failover.length - 1} onClick={() => move(i, 1)}>↓</button>
            <button type="button" className="icon-button" aria-label={`Remove failover ${name}`} title="Remove" onClick={() => set(failover.filter((_, j) => j !== i))}>✕</button>
          </li>
        ))}
      </ol>
      {offered.length > 0 && (
        <select
          name={`${kind}-failover-add`} aria-label="Add a failover broker" value=""
          onChange={(e) => { if (e.target.value) set([...failover, e.target.value]); }}
        >
          <option value="">+ Add failover broker…</option>
          {offered.map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      )}
    </div>
  );
}
