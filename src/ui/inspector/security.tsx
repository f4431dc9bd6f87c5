// The security part of the broker inspector: users, authorization entries, the SSL context, and a button that adds
// MCollective's default users and restrictions with passwords that agree with the rest of the network.

import './security.css';
import { applyMcollectiveDefaults, suggestedPasswords } from '../../model';
import { applyFix } from '../../store/actions';
import { useDesigner } from '../../store/designerStore';
import { AuthorizationList } from './securityAuthorization';
import { newPassword } from './securityFields';
import { SslContext } from './securitySsl';
import { UserList } from './securityUsers';

function addMcollectiveDefaults(name: string): void {
  // Through applyFix: one undo step on the network, positions untouched.
  applyFix({
    label: 'MCollective defaults',
    apply: (t) => applyMcollectiveDefaults(t, name, suggestedPasswords(t, name, newPassword)),
  });
}

export function SecuritySection({ index }: { index: number }) {
  const broker = useDesigner((s) => s.current.network.brokers[index]);
  if (!broker) return null;
  return (
    <section className="security" aria-label="Security">
      <div className="security-title-row">
        <h3 className="security-title">Security</h3>
        <button
          type="button" className="small-button" data-action="mcollective-defaults" onClick={() => addMcollectiveDefaults(broker.name)}
          title="Adds the users amq (bridge), mcollective (servers) and admin (clients) and MCollective's authorization entries where missing; existing ones are kept."
        >MCollective defaults</button>
      </div>
      <UserList index={index} users={broker.users} />
      <AuthorizationList index={index} entries={broker.authorization} />
      <SslContext index={index} ssl={broker.ssl} />
    </section>
  );
}
