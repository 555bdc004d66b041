// What the editors' pages share: who may see them (the API's permission table, imported so the two never disagree),
// the page shell that tells everyone else they are not allowed, and how a thing the API names is shown.
import type { ReactNode } from 'react';
import { can, type Permission } from '../../src/modules/auth/permissions.ts';
import { useSession, type SessionState } from './api/session';
import { Link, useLocation } from './router';
import { Loading } from './ui/states';

export const allowed = (session: SessionState, permission: Permission) =>
  session.status === 'signed-in' && can(session.user.role, permission);

/** The page's heading and content for users whose role has `permission`; a clear "not allowed" for anyone else. */
export const EditorPage = ({
  title,
  permission,
  audience = 'editors and admins',
  children,
}: {
  title: string;
  permission: Permission;
  /** Who the page is for, as the "not allowed" notice says it. */
  audience?: string;
  children: () => ReactNode;
}) => {
  const session = useSession();
  const { pathname } = useLocation();
  // The heading comes first even while the sign-in is checked, so the page says what it is from its first frame.
  if (session.status === 'checking')
    return (
      <>
        <h1>{title}</h1>
        <Loading />
      </>
    );
  if (!allowed(session, permission))
    return (
      <>
        <h1>{title}</h1>
        <div className="notice">
          <p>
            <strong>Not allowed.</strong> This page is for {audience}.{' '}
            {session.status === 'signed-out' ? (
              <Link href={`/login?next=${encodeURIComponent(pathname)}`}>Log in</Link>
            ) : (
              'Your account does not have that role; an admin can give it.'
            )}
          </p>
        </div>
      </>
    );
  return (
    <>
      <h1>{title}</h1>
      {children()}
    </>
  );
};

/** The roadmap filter above an editor's list: "All roadmaps" or one of them. */
export const RoadmapFilter = ({
  id,
  roadmaps,
  value,
  onChange,
}: {
  id: string;
  roadmaps: readonly { slug: string; title: string }[];
  value: string;
  onChange: (slug: string) => void;
}) => (
  <div className="inline-form">
    <label htmlFor={id}>Roadmap</label>
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">All roadmaps</option>
      {roadmaps.map((entry) => (
        <option key={entry.slug} value={entry.slug}>
          {entry.title}
        </option>
      ))}
    </select>
  </div>
);

export const Named = ({ named }: { named: { title: string; href: string | null; removed: boolean } }) =>
  named.href === null ? (
    <span className={named.removed ? 'muted' : undefined}>{named.title}</span>
  ) : (
    <Link href={named.href}>{named.title}</Link>
  );
