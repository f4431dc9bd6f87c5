// A text field that applies its value on Enter or blur only when its check accepts it; otherwise it shows the
// reason in place and goes back to the value in force, so nothing invalid is applied silently.

import { type ReactNode, useEffect, useId, useState } from 'react';
import type { Checked } from '../../store/fieldChecks';

interface Props<T> {
  label: string;
  value: string;
  check: (raw: string) => Checked<T>;
  onCommit: (value: T) => void;
  placeholder?: string;
  type?: 'text' | 'password';
  hint?: ReactNode;
  name?: string;
}

export function CheckedField<T>({ label, value, check, onCommit, placeholder, type = 'text', hint, name }: Props<T>) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | undefined>();
  // A new value from outside (undo, another selection) replaces the draft.
  useEffect(() => { setDraft(value); }, [value]);

  const apply = () => {
    if (draft === value) { setError(undefined); return; }
    const checked = check(draft);
    if (!checked.ok) {
      setError(`${checked.error} Kept ${value === '' ? 'the previous value' : `"${value}"`}.`);
      setDraft(value);
      return;
    }
    setError(undefined);
    onCommit(checked.value);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id} name={name} type={type} value={draft} placeholder={placeholder} autoComplete="off" spellCheck={false}
        aria-invalid={!!error} aria-describedby={error ? `${id}-err` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
          if (e.key === 'Escape') { setDraft(value); setError(undefined); }
        }}
      />
      {error && <div id={`${id}-err`} className="field-error" role="alert">{error}</div>}
      {!error && hint && <div className="field-hint">{hint}</div>}
    </div>
  );
}

/** A check that accepts anything (trimmed). */
export const anyText = (raw: string): Checked<string> => ({ ok: true, value: raw.trim() });
/** A check for optional text: empty means "not set". */
export const optionalText = (raw: string): Checked<string | undefined> => ({ ok: true, value: raw.trim() || undefined });
