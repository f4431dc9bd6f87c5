// The outcome of a simulation, per consumer: delivered and by which path, or not and why (TTL, filter, no link).

import type { Simulation } from '../../model';
import { plural } from '../../store/plural';

export function SimulationResults({ sim }: { sim: Simulation }) {
  const delivered = sim.results.filter((r) => r.delivered).length;
  return (
    <div className="sim-results" data-testid="sim-results">
      <p className="panel-hint">
        <span className="sim-name">{sim.destination}</span> sent at <span className="sim-name">{sim.from}</span>: {delivered} of {plural(sim.results.length, 'consumer')} {delivered === 1 ? 'receives' : 'receive'} it.
      </p>
      <ul className="sim-result-list">
        {sim.results.map((r) => (
          <li key={r.to} className={`sim-result ${r.delivered ? 'ok' : 'missed'}`} data-sim-result={r.to} data-delivered={r.delivered}>
            <span className="sim-result-head">{r.delivered ? '✓' : '✗'} <span className="sim-name">{r.to}</span></span>
            {r.delivered
              ? <span className="sim-path-text">{r.path.join(' → ')}</span>
              : <span className="sim-reason">{r.reason}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
