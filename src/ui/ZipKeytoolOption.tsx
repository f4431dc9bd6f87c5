// The "keystore script" option of Download zip: when ticked the zip also holds make-keystores.sh. Off by default,
// so the designer's default download stays byte-for-byte what `cli export --zip` writes.

import './securityUi.css';
import { create } from 'zustand';

export const useZipOptions = create<{ keytoolScript: boolean }>(() => ({ keytoolScript: false }));

export function ZipKeytoolOption() {
  const on = useZipOptions((s) => s.keytoolScript);
  return (
    <label className="tb-check" title="Add make-keystores.sh to the zip: it makes each ssl broker's key store and trust store with the JDK's keytool">
      <input type="checkbox" name="zip-keytool" checked={on} onChange={(e) => useZipOptions.setState({ keytoolScript: e.target.checked })} />
      <span>keystore script</span>
    </label>
  );
}
