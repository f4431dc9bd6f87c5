// The broker's <sslContext>: key store and trust store paths as the broker will read them (relative paths resolve
// next to its activemq.xml) and their passwords. The same context serves outbound ssl:// bridges (notes §2.8).

import type { SslSettings } from '../../model';
import { updateBroker } from '../../store/actions';
import { CheckedField, optionalText } from './CheckedField';
import { newPassword, PasswordField } from './securityFields';

export function SslContext({ index, ssl }: { index: number; ssl: SslSettings | undefined }) {
  const set = (next: SslSettings | undefined) => updateBroker(index, { ssl: next });
  if (!ssl) {
    return (
      <fieldset className="security-list" data-section="ssl">
        <legend>SSL context</legend>
        <p className="panel-hint">None: this broker can neither offer ssl transports nor dial ssl links.</p>
        <button type="button" className="small-button" onClick={() => set({ keyStore: 'broker.ks', keyStorePassword: newPassword(), trustStore: 'broker.ts', trustStorePassword: newPassword() })}>Add SSL context</button>
      </fieldset>
    );
  }
  // Undefined fields are dropped, so clearing a field leaves the attribute out of the XML.
  const patch = (p: Partial<SslSettings>) => {
    const next = { ...ssl, ...p };
    for (const k of Object.keys(next) as (keyof SslSettings)[]) if (next[k] === undefined) delete next[k];
    set(next);
  };
  return (
    <fieldset className="security-list" data-section="ssl">
      <legend>SSL context</legend>
      <CheckedField label="Key store" name="ssl-keystore" value={ssl.keyStore ?? ''} placeholder="broker.ks" check={optionalText} onCommit={(keyStore) => patch({ keyStore })} hint="As the broker sees it: relative to its activemq.xml, or absolute on its host." />
      <PasswordField label="Key store password" name="ssl-keystore-password" value={ssl.keyStorePassword} onCommit={(keyStorePassword) => patch({ keyStorePassword })} />
      <CheckedField label="Trust store" name="ssl-truststore" value={ssl.trustStore ?? ''} placeholder="broker.ts" check={optionalText} onCommit={(trustStore) => patch({ trustStore })} hint="Holds the certificates of the brokers this one dials over ssl." />
      <PasswordField label="Trust store password" name="ssl-truststore-password" value={ssl.trustStorePassword} onCommit={(trustStorePassword) => patch({ trustStorePassword })} />
      <p className="panel-hint">Tick "keystore script" by Download zip to get make-keystores.sh, which makes these stores with keytool.</p>
      <button type="button" className="small-button danger" onClick={() => set(undefined)}>Remove SSL context</button>
    </fieldset>
  );
}
