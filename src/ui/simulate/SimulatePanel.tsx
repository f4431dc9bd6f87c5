// The simulate panel (left sidebar): where a message sent at one broker goes. Collapsible; the result stays on the
// canvas, following network edits, until cleared.

import { useSimulation } from './useSimulation';
import { setSimulateOpen, useSimulate } from './simulationStore';
import { SimulateForm } from './SimulateForm';
import { SimulationResults } from './SimulationResults';
import './simulate.css';

export function SimulatePanel() {
  const open = useSimulate((s) => s.open);
  const sim = useSimulation();
  return (
    <section className={`panel simulate${open ? '' : ' collapsed'}`} aria-label="Simulate" data-testid="simulate-panel">
      <div className="panel-title-row">
        <button type="button" className="panel-title as-button" aria-expanded={open} data-testid="simulate-toggle" onClick={() => setSimulateOpen(!open)}>
          {open ? '▾' : '▸'} Simulate message flow {!open && sim && <span className="muted">(shown)</span>}
        </button>
      </div>
      {open && <SimulateForm />}
      {open && sim && <SimulationResults sim={sim} />}
    </section>
  );
}
