// The broker's simpleAuthenticationPlugin users: username, password (masked, generate), groups; add and remove.
// No list at all means the broker authenticates nobody (no-authentication warns about it).

import type { User } from '../../model';
import { updateBroker } from '../../store/actions';
import { CheckedField } from './CheckedField';
import { checkGroups, newPassword, PasswordField } from './securityFields';

export function UserList({ index, users }: { index: number; users: User[] | undefined }) {
  const set = (next: User[] | undefined) => updateBroker(index, { users: next });
  if (!users) {
    return (
      <fieldset className="security-list" data-section="users">
        <legend>Users</legend>
        <p className="panel-hint">No authentication: anyone who reaches a port may connect.</p>
        <button type="button" className="small-button" onClick={() => set([])}>Require authentication</button>
      </fieldset>
    );
  }
  const patch = (i: number, p: Partial<User>) => set(users.map((u, j) => (j === i ? { ...u, ...p } : u)));
  const checkName = (i: number) => (raw: string) => {
    const name = raw.trim();
    if (!name) return { ok: false as const, error: 'A username is required.' };
    if (users.some((u, j) => j !== i && u.username === name)) return { ok: false as const, error: `Another user is already named "${name}".` };
    return { ok: true as const, value: name };
  };
  const add = () => {
    let n = 1;
    while (users.some((u) => u.username === `user${n}`)) n++;
    set([...users, { username: `user${n}`, password: newPassword(), groups: ['everyone'] }]);
  };
  return (
    <fieldset className="security-list" data-section="users">
      <legend>Users (simpleAuthenticationPlugin)</legend>
      {users.length === 0 && <p className="panel-hint">No user yet: the broker refuses every connection, bridges included.</p>}
      {users.map((u, i) => (
        <div className="security-row" key={i} data-user={u.username}>
          <div className="security-row-head">
            <CheckedField label="Username" name={`user-${i}-name`} value={u.username} check={checkName(i)} onCommit={(username) => patch(i, { username })} />
            <button type="button" className="icon-button" aria-label={`Remove user ${u.username}`} title="Remove user" onClick={() => set(users.filter((_, j) => j !== i))}>✕</button>
          </div>
          <PasswordField label="Password" name={`user-${i}-password`} value={u.password} onCommit={(password) => patch(i, { password: password ?? '' })} />
          <CheckedField label="Groups" name={`user-${i}-groups`} value={u.groups.join(', ')} placeholder="admins, everyone" check={checkGroups} onCommit={(groups) => patch(i, { groups })} />
        </div>
      ))}
      <div className="security-buttons">
        <button type="button" className="small-button" onClick={add}>+ Add user</button>
        <button type="button" className="small-button danger" onClick={() => set(undefined)}>Turn authentication off</button>
      </div>
    </fieldset>
  );
}
