// Browser entry point. The designer lands with its own issue; until then the page shows the example network's
// diagnostics and files, computed by the same model the CLI uses.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTopology, exportFiles, validate } from './model';

function Placeholder() {
  const topology = exampleTopology('noc-and-countries');
  const diagnostics = validate(topology);
  return (
    <main style={{ fontFamily: 'system-ui', margin: '2rem' }}>
      <h1>amq-network-designer</h1>
      <p>Designer coming. Example network “{topology.name}”: {topology.brokers.length} brokers, {topology.links.length} links, {diagnostics.length} diagnostics.</p>
      <ul>{exportFiles(topology).map((f) => <li key={f.path}>{f.path}</li>)}</ul>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><Placeholder /></StrictMode>);
