// Shared pieces of the security inspector: a password field (masked, show/hide, Generate from the browser's
// crypto.getRandomValues) and the checks for group lists and usernames.

import { useState } from 'react';
import { generatePassword } from '../../model';
import type { Checked } from '../../store/fieldChecks';
import { CheckedField } from './CheckedField';

/** Random bytes from the browser's CSPRNG; never Math.random. */
export const randomBytes = (n: number): Uint8Array => crypto.getRandomValues(new Uint8Array(n));
export const newPassword = (): string => generatePassword(randomBytes);

interface PasswordProps {
  label: string;
  name: string;
  value: string | undefined;
  onCommit: (value: string | undefined) => void;
  hint?: string;
}

/** Masked by default so a screen share does not show it; "Show" reveals it for this field only. */
export function PasswordField({ label, name, value, onCommit, hint }: PasswordProps) {
  const [shown, setShown] = useState(false);
  return (
    <div className="password-field">
      <CheckedField
        label={label} name={name} type={shown ? 'text' : 'password'} value={value ?? ''} hint={hint}
        check={(raw): Checked<string | undefined> => ({ ok: true, value: raw === '' ? undefined : raw })} onCommit={onCommit}
      />
      <div className="password-actions">
        <button type="button" className="small-button" aria-pressed={shown} aria-label={`${shown ? 'Hide' : 'Show'} ${label}`} data-action="show-password" onClick={() => setShown(!shown)}>{shown ? 'Hide' : 'Show'}</button>
        <button type="button" className="small-button" aria-label={`Generate ${label}`} data-action="generate-password" onClick={() => onCommit(newPassword())}>Generate</button>
      </div>
    </div>
  );
}

/** "a, b,c" → ["a", "b", "c"]; ActiveMQ reads groups comma-separated, so a group cannot hold a comma or space. */
export function checkGroups(raw: string): Checked<string[]> {
  const groups = raw.split(',').map((g) => g.trim()).filter(Boolean);
  const bad = groups.find((g) => /\s/.test(g));
  if (bad) return { ok: false, error: `"${bad}" has a space: separate groups with commas.` };
  return { ok: true, value: [...new Set(groups)] };
}
