// The outcome of a simulation, per consumer: delivered and by which path, each hop with the connector that carries
// it (and who dials it, for a duplex connector's way back), or not delivered and why (TTL, filter, no link).

import type { Hop, Simulation } from '../../model';
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
              ? <span className="sim-path-text">{r.path.join(' → ')}{r.copies > 1 ? ` (${r.copies} copies)` : ''}</span>
              : <span className="sim-reason">{r.reason}</span>}
            {r.delivered && <HopList hops={r.hops} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

function HopList({ hops }: { hops: Hop[] | undefined }) {
  if (!hops?.length) return <span className="sim-hop-none">sent and consumed on the same broker: no bridge</span>;
  return (
    <ol className="sim-hops" aria-label={plural(hops.length, 'hop')}>
      {hops.map((h, i) => (
        <li key={i} data-sim-hop={i}>
          <span className="sim-name">{h.from} → {h.to}</span>{' '}
          <span className="sim-hop-connector">over <span className="sim-name">{h.connector}</span>{h.dialledBy === h.from ? '' : `, the way back of a duplex connector dialled by ${h.dialledBy}`}</span>
        </li>
      ))}
    </ol>
  );
}
