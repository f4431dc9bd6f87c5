// The user an MCollective group logs in as: picked from the broker's users, or typed freely ("Other…") for a user
// the broker does not have (yet); the warning mcollective-user-missing then says what is wrong.

import { useState } from 'react';
import type { User } from '../../model';
import { CheckedField } from './CheckedField';
import { checkGroupUser } from './serversChecks';

const OTHER = '\u0000other';

interface Props {
  kind: 'servers' | 'clients';
  value: string;
  users: User[] | undefined;
  onCommit: (user: string) => void;
}

export function GroupUserField({ kind, value, users, onCommit }: Props) {
  const names = [...new Set((users ?? []).map((u) => u.username))];
  const known = names.includes(value);
  const [typing, setTyping] = useState(false);
  const other = typing || !known;
  const id = `${kind}-user`;
  return (
    <div className="mco-user">
      <div className="field">
        <label htmlFor={id}>Broker user</label>
        <select
          id={id} name={id} value={other ? OTHER : value}
          onChange={(e) => {
            if (e.target.value === OTHER) { setTyping(true); return; }
            setTyping(false);
            onCommit(e.target.value);
          }}
        >
          {names.map((n) => <option key={n} value={n}>{n}</option>)}
          <option value={OTHER}>Other…</option>
        </select>
      </div>
      {other && (
        <CheckedField
          label="User name" name={`${kind}-user-other`} value={value} check={checkGroupUser} onCommit={onCommit}
          hint={users && !known ? `${JSON.stringify(value)} is not a user of this broker.` : users ? undefined : 'The broker authenticates nobody: any user gets in.'}
        />
      )}
    </div>
  );
}
