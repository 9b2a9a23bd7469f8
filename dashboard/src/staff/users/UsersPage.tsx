import { useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { describeError, readApiError } from '../graphql/errors';
import { USERS } from '../graphql/operations';
import { districtLabel, useCityDistricts } from '../hooks/useCityDistricts';
import { formatDateTime } from '../../shared/format/datetime';
import { useLang } from '../i18n/LangContext';
import { enumLabel } from '../i18n/enum-labels';
import { useUser } from '../session/SessionContext';
import { NewUserForm } from './NewUserForm';
import { UserEditor } from './UserEditor';
import type { UsersQuery } from '../../shared/graphql/generated';

/** A city admin's accounts: list, create, change role and districts, disable. */
export function UsersPage() {
  const me = useUser();
  const { lang, tr } = useLang();
  const { districts } = useCityDistricts(me.cityCode);
  const { data, error, refetch } = useQuery<UsersQuery>(USERS, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const done = (message: string, reload: boolean) => {
    setEditing(null);
    setAdding(false);
    setStatus(message);
    if (reload) void refetch();
  };
  const names = (codes: string[]) =>
    codes.map((code) => {
      const d = districts.find((x) => x.code === code);
      return d ? districtLabel(lang, d) : code;
    }).join(lang === 'en' ? ', ' : '、') || '—';
  const users = data?.users ?? [];
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">{tr('usersTitle')}</h1>
      <p role="status" className={status ? 'notice notice-success' : 'sr-only'}>
        {status}
      </p>
      {error ? <p className="notice notice-error">{tr('loadFailed', { message: describeError(readApiError(error), lang) })}</p> : null}
      {adding ? (
        <NewUserForm districts={districts} onDone={done} />
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {tr('newUser')}
        </button>
      )}
      {users.length > 0 ? (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{tr('username')}</th>
              <th scope="col">{tr('displayName')}</th>
              <th scope="col">{tr('role')}</th>
              <th scope="col">{tr('districts')}</th>
              <th scope="col">{tr('status')}</th>
              <th scope="col">{tr('lastLogin')}</th>
              <th scope="col">
                <span className="sr-only">{tr('edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <Fragment key={user.id}>
                <tr className={user.disabled ? 'row-muted' : undefined}>
                  <th scope="row">{user.username}</th>
                  <td>{user.displayName}</td>
                  <td>{enumLabel(lang, 'Role', user.role)}</td>
                  <td>{names(user.districtCodes)}</td>
                  <td>{user.disabled ? tr('disabled') : tr('active')}</td>
                  <td>{formatDateTime(user.lastLoginAt)}</td>
                  <td>
                    <button type="button" onClick={() => setEditing(editing === user.id ? null : user.id)} aria-expanded={editing === user.id} aria-label={`${tr('edit')} ${user.username}`}>
                      {tr('edit')}
                    </button>
                  </td>
                </tr>
                {editing === user.id ? (
                  <tr>
                    <td colSpan={7}>
                      <UserEditor key={`${user.id}-${user.version}`} user={user} districts={districts} onDone={done} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
