// Suggested destinations under the simulate form's destination field (model/simulateSuggestions.ts): MCollective's
// broadcast topics, direct and reply queues under its preset; the authorization map's names otherwise. A click (or
// Enter) fills the field; each small button names what travels there, its tooltip and accessible name the destination.

import { destinationSuggestions } from '../../model';
import { useNetwork } from '../../store/derived';
import { setDraft, useSimulate } from './simulationStore';

export function DestinationSuggestions() {
  const network = useNetwork();
  const current = useSimulate((s) => s.draft.destination);
  const suggestions = destinationSuggestions(network);
  return (
    <div className="sim-suggestions" role="group" aria-label="Suggested destinations">
      <span className="sim-suggestions-title">Try:</span>
      {suggestions.map((s) => (
        <button
          key={s.destination} type="button" className="sim-suggestion" data-suggestion={s.destination}
          aria-pressed={current.trim() === s.destination} title={`${s.destination}: ${s.label}`} aria-label={`${s.short}: ${s.destination}`}
          onClick={() => setDraft({ destination: s.destination })}
        >
          {s.short}
        </button>
      ))}
    </div>
  );
}
