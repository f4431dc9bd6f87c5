// The import dialog's drop zone: drop activemq.xml files or a zip on it, or choose them with the file input.

import { type DragEvent, useState } from 'react';

export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation(); // the dialog around takes drops that miss the zone
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length) onFiles(files);
  };
  return (
    <div
      className={`import-drop${over ? ' over' : ''}`} data-testid="import-drop"
      onDragOver={(e) => { if (e.dataTransfer.types.includes('Files')) { e.preventDefault(); setOver(true); } }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <span>Drop activemq.xml files or a zip here, or</span>
      <label className="small-button import-choose">
        choose files…
        <input
          type="file" multiple accept=".xml,.zip,application/xml,text/xml,application/zip" data-testid="import-file-input"
          onChange={(e) => { const files = [...(e.target.files ?? [])]; e.target.value = ''; if (files.length) onFiles(files); }}
        />
      </label>
    </div>
  );
}
