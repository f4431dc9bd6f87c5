// The simulate form: source broker, destination (topic:// or queue://, checked as typed), consumers, Run and Clear.

import { useState } from 'react';
import { parseDestination } from '../../model';
import { useNetwork } from '../../store/derived';
import { ConsumerPicker } from './ConsumerPicker';
import { DestinationSuggestions } from './DestinationSuggestions';
import { clearSimulation, draftProblem, runDraft, setDraft, useSimulate } from './simulationStore';

export function SimulateForm() {
  const network = useNetwork();
  const draft = useSimulate((s) => s.draft);
  const active = useSimulate((s) => s.active);
  const [problem, setProblem] = useState<ReturnType<typeof draftProblem>>();
  const sources = network.brokers.filter((b) => b.role !== 'external');
  const from = network.brokers.some((b) => b.name === draft.from) ? draft.from : '';
  const destinationBad = draft.destination.trim() !== '' && !parseDestination(draft.destination);
  const run = () => {
    const p = draftProblem(network, draft);
    setProblem(p);
    if (!p) runDraft();
  };
  return (
    <form className="sim-form" onSubmit={(e) => { e.preventDefault(); run(); }}>
      <div className="field">
        <label htmlFor="sim-from">Sent at</label>
        <select id="sim-from" name="sim-from" value={from} aria-invalid={problem?.field === 'from'} onChange={(e) => setDraft({ from: e.target.value })}>
          <option value="">Choose a broker…</option>
          {sources.map((b) => <option key={b.name} value={b.name}>{b.name || '(no name)'}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="sim-destination">Destination</label>
        <input
          id="sim-destination" name="sim-destination" value={draft.destination} placeholder="topic://name or queue://name" spellCheck={false}
          aria-invalid={destinationBad || problem?.field === 'destination'} onChange={(e) => setDraft({ destination: e.target.value })}
        />
        {destinationBad && <span className="field-error" role="alert">Write topic://name or queue://name.</span>}
        <DestinationSuggestions />
      </div>
      <ConsumerPicker network={network} draft={draft} invalid={problem?.field === 'consumers'} />
      {problem && <p className="field-error" role="alert" data-testid="sim-problem">{problem.message}</p>}
      <div className="sim-actions">
        <button type="submit" className="small-button primary" data-testid="sim-run">Simulate</button>
        <button type="button" className="small-button" data-testid="sim-clear" disabled={!active} onClick={clearSimulation}>Clear</button>
      </div>
    </form>
  );
}
