// The "keystore script" option of Download zip: when ticked the zip also holds make-keystores.sh. Off by default,
// so the designer's default download stays byte-for-byte what `cli export --zip` writes; the choice is remembered
// across reloads (localStorage), like the theme.

import './securityUi.css';
import { create } from 'zustand';

const KEY = 'amq-designer:zip-keytool';

function remembered(): boolean {
  try { return localStorage.getItem(KEY) === '1'; } catch { return false; }
}

export const useZipOptions = create<{ keytoolScript: boolean }>(() => ({ keytoolScript: remembered() }));

export function setKeytoolScript(on: boolean): void {
  useZipOptions.setState({ keytoolScript: on });
  try { localStorage.setItem(KEY, on ? '1' : '0'); } catch { /* storage off: applied, not remembered */ }
}

export function ZipKeytoolOption() {
  const on = useZipOptions((s) => s.keytoolScript);
  return (
    <label className="tb-check" title="Add make-keystores.sh to the zip: it makes each ssl broker's key store and trust store with the JDK's keytool">
      <input type="checkbox" name="zip-keytool" checked={on} onChange={(e) => setKeytoolScript(e.target.checked)} />
      <span>keystore script</span>
    </label>
  );
}
