// The paste boxes of the import dialog: one textarea per activemq.xml, and a button to add another.

export function PasteBoxes({ pastes, onChange }: { pastes: string[]; onChange: (next: string[]) => void }) {
  const set = (i: number, text: string) => onChange(pastes.map((p, k) => (k === i ? text : p)));
  return (
    <div className="import-pastes">
      {pastes.map((text, i) => (
        <div key={i} className="import-paste">
          <label htmlFor={`import-paste-${i}`}>
            {pastes.length > 1 ? `File ${i + 1} (pasted-${i + 1}.xml)` : 'Paste an activemq.xml'}
          </label>
          <textarea
            id={`import-paste-${i}`} name={`import-paste-${i}`} data-testid="import-paste" value={text} spellCheck={false}
            placeholder={'<beans …>\n  <broker brokerName="…">'} rows={pastes.length > 1 ? 5 : 8}
            {...(i === 0 ? { 'data-autofocus': true } : {})}
            onChange={(e) => set(i, e.target.value)}
          />
          {pastes.length > 1 && (
            <button type="button" className="icon-button" aria-label={`Remove file ${i + 1}`} onClick={() => onChange(pastes.filter((_, k) => k !== i))}>✕</button>
          )}
        </div>
      ))}
      <button type="button" className="small-button" data-testid="import-add-paste" onClick={() => onChange([...pastes, ''])}>+ Add another file</button>
    </div>
  );
}
