// Admin: users and their roles (change, disable, enable) and the audit log (AuditLog.tsx).
import { useState } from 'react';
import { api, call } from '../api/client';
import { useSession } from '../api/session';
import type { Ok } from '../api/types';
import { Link } from '../router';
import { AuditLog } from './AuditLog';
import { announce } from '../ui/announcer';
import { usePageTitle } from '../ui/page';
import { SearchIcon } from '../ui/icons';
import { Empty, ErrorMessage, Loading, Show, useResource } from '../ui/states';

type AdminUser = Ok<'/v1/admin/users'>['items'][number];
const ROLES: AdminUser['role'][] = ['learner', 'mentor', 'editor', 'admin'];

const Users = () => {
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const { resource, reload } = useResource(
    () => call(api.GET('/v1/admin/users', { params: { query: { limit: 100, ...(search ? { q: search } : {}) } } })),
    [search],
  );
  const [error, setError] = useState<unknown>();
  const act = (pending: Promise<unknown>, message: string) => {
    setError(undefined);
    pending.then(() => {
      announce(message);
      reload();
    }, setError);
  };
  const setRole = (user: AdminUser, role: AdminUser['role']) =>
    act(
      call(api.PATCH('/v1/admin/users/{id}', { params: { path: { id: user.id } }, body: { role } })),
      `${user.displayName} is now ${role}`,
    );
  const setDisabled = (user: AdminUser, disable: boolean) =>
    act(
      disable
        ? call(api.POST('/v1/admin/users/{id}/disable', { params: { path: { id: user.id } } }))
        : call(api.POST('/v1/admin/users/{id}/enable', { params: { path: { id: user.id } } })),
      `${user.displayName} ${disable ? 'disabled' : 'enabled'}`,
    );
  return (
    <section aria-labelledby="users-heading">
      <h2 id="users-heading">Users</h2>
      <form
        className="inline-form"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(q.trim());
        }}
      >
        <label htmlFor="user-search">Find by email or name</label>
        <input id="user-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        <button type="submit">Find</button>
      </form>
      {error !== undefined && <ErrorMessage error={error} />}
      <Show resource={resource} reload={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty icon={<SearchIcon />} hint="Try part of an email address or of a name.">
              No user matches.
            </Empty>
          ) : (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">Users</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Email</th>
                    <th scope="col">Role</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((user) => (
                    <tr key={user.id}>
                      <th scope="row">{user.displayName}</th>
                      <td>
                        {user.email}
                        {!user.emailVerified && <span className="muted"> (unconfirmed)</span>}
                      </td>
                      <td>
                        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
                          Role of {user.displayName}
                        </label>
                        <select
                          id={`role-${user.id}`}
                          value={user.role}
                          onChange={(e) => setRole(user, e.target.value as AdminUser['role'])}
                        >
                          {ROLES.map((role) => (
                            <option key={role}>{role}</option>
                          ))}
                        </select>
                      </td>
                      <td>
                        {user.disabledAt ? 'Disabled ' : 'Active '}
                        <button type="button" className="small" onClick={() => setDisabled(user, !user.disabledAt)}>
                          {user.disabledAt ? 'Enable' : 'Disable'}{' '}
                          <span className="visually-hidden">{user.displayName}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Show>
    </section>
  );
};

export const Admin = () => {
  usePageTitle('Admin');
  const session = useSession();
  if (session.status === 'checking') return <Loading />;
  if (session.status === 'signed-out' || session.user.role !== 'admin')
    return (
      <>
        <h1>Admin</h1>
        <p>
          This page is for admins. {session.status === 'signed-out' && <Link href="/login?next=/admin">Log in</Link>}
        </p>
      </>
    );
  return (
    <>
      <h1>Admin</h1>
      <Users />
      <AuditLog />
    </>
  );
};
