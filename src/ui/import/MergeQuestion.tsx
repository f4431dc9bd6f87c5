// The question an import asks when the canvas already holds a network: replace it, merge by broker name, or not.

import type { Topology } from '../../model';
import type { ImportMode } from './mergeImport';

export function MergeQuestion({ current, imported, onAnswer }: { current: Topology; imported: Topology; onAnswer: (mode: ImportMode | undefined) => void }) {
  const names = new Set(current.brokers.map((b) => b.name));
  const files = imported.brokers.filter((b) => b.imported);
  const same = files.filter((b) => names.has(b.name)).map((b) => b.name);
  return (
    <div className="import-merge" role="group" aria-label="Replace or merge">
      <p>
        The canvas already holds a network of {current.brokers.length} broker{current.brokers.length === 1 ? '' : 's'}.
        The import has {files.length} broker{files.length === 1 ? '' : 's'}
        {same.length > 0 && <>, of which {same.length} share a name with the current network: <span className="import-names">{same.join(', ')}</span></>}.
      </p>
      <ul className="panel-hint">
        <li><b>Replace</b>: the imported network takes the place of the current one.</li>
        <li><b>Merge by broker name</b>: imported brokers replace those of the same name and the links from them; the others are added.</li>
      </ul>
      <div className="modal-actions">
        <button type="button" className="small-button" data-answer="cancel" onClick={() => onAnswer(undefined)}>Cancel</button>
        <button type="button" className="small-button" data-answer="merge" onClick={() => onAnswer('merge')}>Merge by broker name</button>
        <button type="button" className="small-button primary" data-answer="replace" onClick={() => onAnswer('replace')}>Replace</button>
      </div>
    </div>
  );
}
