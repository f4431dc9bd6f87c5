// The broker's authorizationPlugin entries: what each guards (queue, topic, temp queues, temp topics) and the
// groups with read, write and admin. Rights add up over every matching entry (notes §2.10), so order is free.

import type { AuthorizationEntry } from '../../model';
import { updateBroker } from '../../store/actions';
import { CheckedField } from './CheckedField';
import { checkGroups } from './securityFields';

type Kind = 'queue' | 'topic' | 'tempQueue' | 'tempTopic';

const kindOf = (e: AuthorizationEntry): Kind => (e.tempQueue ? 'tempQueue' : e.tempTopic ? 'tempTopic' : e.queue !== undefined ? 'queue' : 'topic');

/** The entry guarding `kind` instead, keeping its rights and unknown fields; temp entries name no destination. */
function withKind(e: AuthorizationEntry, kind: Kind, destination: string): AuthorizationEntry {
  const { queue: _q, topic: _t, tempQueue: _tq, tempTopic: _tt, ...rest } = e;
  void _q; void _t; void _tq; void _tt;
  if (kind === 'tempQueue') return { tempQueue: true, ...rest };
  if (kind === 'tempTopic') return { tempTopic: true, ...rest };
  return { [kind]: destination || '>', ...rest };
}

const checkDestination = (raw: string) => (raw.trim() ? { ok: true as const, value: raw.trim() } : { ok: false as const, error: 'A destination (or a wildcard such as mcollective.>) is required.' });

export function AuthorizationList({ index, entries }: { index: number; entries: AuthorizationEntry[] | undefined }) {
  const set = (next: AuthorizationEntry[] | undefined) => updateBroker(index, { authorization: next });
  if (!entries) {
    return (
      <fieldset className="security-list" data-section="authorization">
        <legend>Authorization</legend>
        <p className="panel-hint">No authorization: every authenticated user may read, write and create every destination.</p>
        <button type="button" className="small-button" onClick={() => set([])}>Restrict destinations</button>
      </fieldset>
    );
  }
  const patch = (i: number, next: AuthorizationEntry) => set(entries.map((e, j) => (j === i ? next : e)));
  return (
    <fieldset className="security-list" data-section="authorization">
      <legend>Authorization entries</legend>
      {entries.length === 0 && <p className="panel-hint">No entry: with the plugin on, every destination is refused.</p>}
      {entries.map((e, i) => {
        const kind = kindOf(e);
        const destination = kind === 'queue' ? e.queue ?? '' : kind === 'topic' ? e.topic ?? '' : '';
        return (
          <div className="security-row" key={i} data-entry={`${kind}:${destination}`}>
            <div className="security-row-head">
              <div className="field">
                <label htmlFor={`auth-${index}-${i}-kind`}>Guards</label>
                <select id={`auth-${index}-${i}-kind`} name={`entry-${i}-kind`} value={kind} onChange={(ev) => patch(i, withKind(e, ev.target.value as Kind, destination))}>
                  <option value="queue">Queue</option>
                  <option value="topic">Topic</option>
                  <option value="tempQueue">Temporary queues</option>
                  <option value="tempTopic">Temporary topics</option>
                </select>
              </div>
              {(kind === 'queue' || kind === 'topic') && (
                <CheckedField label="Destination" name={`entry-${i}-destination`} value={destination} check={checkDestination} onCommit={(d) => patch(i, withKind(e, kind, d))} />
              )}
              <button type="button" className="icon-button" aria-label={`Remove entry ${i + 1}`} title="Remove entry" onClick={() => set(entries.filter((_, j) => j !== i))}>✕</button>
            </div>
            <div className="security-rights">
              {(['read', 'write', 'admin'] as const).map((r) => (
                <CheckedField key={r} label={r} name={`entry-${i}-${r}`} value={e[r].join(', ')} check={checkGroups} onCommit={(groups) => patch(i, { ...e, [r]: groups })} />
              ))}
            </div>
          </div>
        );
      })}
      <div className="security-buttons">
        <button type="button" className="small-button" onClick={() => set([...entries, { topic: '>', read: [], write: [], admin: [] }])}>+ Add entry</button>
        <button type="button" className="small-button danger" onClick={() => set(undefined)}>Turn authorization off</button>
      </div>
    </fieldset>
  );
}
