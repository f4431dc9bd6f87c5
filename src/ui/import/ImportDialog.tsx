// The "Import activemq.xml…" dialog: pasted texts and chosen or dropped files (zips unpacked) go through the
// importer; a refusal is shown here (file, line, column) and changes nothing; otherwise the network is replaced
// or merged (asked when the canvas is not empty) and laid out, as one undo step.

import { useState } from 'react';
import type { SourceFile } from '../../model';
import { useDesigner } from '../../store/designerStore';
import { notify, openDialog } from '../../store/uiStore';
import { Modal } from '../Modal';
import { DropZone } from './DropZone';
import { applyImport, networkNameFor, type Parsed, parseSources, pastedSources, readSources } from './importActions';
import './import.css';
import { MergeQuestion } from './MergeQuestion';
import type { ImportMode } from './mergeImport';
import { PasteBoxes } from './PasteBoxes';

type Ok = Extract<Parsed, { ok: true }>;

export function ImportDialog() {
  const [pastes, setPastes] = useState<string[]>(['']);
  const [files, setFiles] = useState<{ chosen: string; sources: SourceFile[] }[]>([]);
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState<Ok>();
  const [busy, setBusy] = useState(false);
  const network = useDesigner((s) => s.current.network);

  const addFiles = async (chosen: File[]) => {
    setError(undefined);
    try {
      const read = await Promise.all(chosen.map(async (f) => ({ chosen: f.name, sources: await readSources([f]) })));
      setFiles((old) => [...old, ...read]);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const finish = async (parsed: Ok, mode: ImportMode) => {
    setBusy(true);
    try {
      await applyImport(parsed, mode);
      const n = parsed.topology.brokers.filter((b) => b.imported).length;
      openDialog(undefined);
      notify(`Imported ${n} broker${n === 1 ? '' : 's'}${mode === 'merge' ? ' (merged by name)' : ''}`);
    } catch (e) {
      setBusy(false);
      setPending(undefined);
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const run = () => {
    const sources = [...pastedSources(pastes), ...files.flatMap((f) => f.sources)];
    const parsed = parseSources(sources, networkNameFor(files.map((f) => f.chosen)));
    if (!parsed.ok) { setError(parsed.message); return; }
    setError(undefined);
    if (network.brokers.length > 0) setPending(parsed);
    else void finish(parsed, 'replace');
  };

  return (
    <Modal title="Import activemq.xml">
      <div
        className="import-dialog" data-testid="import-dialog"
        // A file dropped beside the zone is imported too, rather than opened by the browser in place of the designer.
        onDragOver={(e) => { if (e.dataTransfer.types.includes('Files')) e.preventDefault(); }}
        onDrop={(e) => { if (e.dataTransfer.files.length) { e.preventDefault(); if (!pending) void addFiles([...e.dataTransfer.files]); } }}
      >
        {pending ? (
          <MergeQuestion current={network} imported={pending.topology} onAnswer={(mode) => (mode ? void finish(pending, mode) : setPending(undefined))} />
        ) : (
          <>
            <p className="panel-hint import-intro">
              One activemq.xml per broker. Links are found from each file's network connectors; a target no file describes
              becomes an external broker. Nothing leaves the page.
            </p>
            <PasteBoxes pastes={pastes} onChange={(p) => { setPastes(p); setError(undefined); }} />
            <DropZone onFiles={(f) => void addFiles(f)} />
            {files.length > 0 && (
              <ul className="import-files" data-testid="import-files">
                {files.map((f, i) => (
                  <li key={i}>
                    <span className="import-file-name">{f.chosen}</span>
                    {f.sources.length > 1 || f.sources[0]?.name !== f.chosen ? <span className="muted"> ({f.sources.length} xml)</span> : null}
                    <button type="button" className="icon-button" aria-label={`Remove ${f.chosen}`} onClick={() => setFiles(files.filter((_, k) => k !== i))}>✕</button>
                  </li>
                ))}
              </ul>
            )}
            {error !== undefined && (
              <pre className="error-message" role="alert" data-testid="import-error">{error}{'\n\n'}The current network is unchanged.</pre>
            )}
            <div className="modal-actions">
              <button type="button" className="small-button" onClick={() => openDialog(undefined)}>Cancel</button>
              <button type="button" className="small-button primary" data-testid="import-run" disabled={busy} onClick={run}>Import</button>
            </div>
          </>
        )}
      </div>
    </Modal>
  );
}
