// The consumer brokers of a simulation: "all brokers" or a checkbox per broker (the source excluded).

import type { Topology } from '../../model';
import { setDraft, type SimQuery } from './simulationStore';

export function ConsumerPicker({ network, draft, invalid }: { network: Topology; draft: SimQuery; invalid: boolean }) {
  const candidates = network.brokers.filter((b) => b.name !== draft.from && b.role !== 'external');
  const chosen = new Set(draft.consumers);
  const toggle = (name: string, on: boolean) => setDraft({ consumers: on ? [...draft.consumers, name] : draft.consumers.filter((c) => c !== name) });
  return (
    <fieldset className={`sim-consumers${invalid ? ' invalid' : ''}`}>
      <legend>Consumers at</legend>
      <label className="check">
        <input type="checkbox" name="sim-all" checked={draft.all} onChange={(e) => setDraft({ all: e.target.checked })} />
        All brokers ({candidates.length})
      </label>
      {!draft.all && (
        <ul className="sim-consumer-list">
          {candidates.map((b) => (
            <li key={b.name}>
              <label className="check" title={b.name}>
                <input type="checkbox" data-consumer={b.name} checked={chosen.has(b.name)} onChange={(e) => toggle(b.name, e.target.checked)} />
                <span className="sim-name">{b.name || '(no name)'}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
