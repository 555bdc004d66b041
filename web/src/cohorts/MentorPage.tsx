// The mentors' pages' shell: the heading and content for mentors and admins (the API's permission table decides), a
// clear "not allowed" for anyone else.
import type { ReactNode } from 'react';
import { useSession } from '../api/session';
import { allowed } from '../editor';
import { Link, useLocation } from '../router';
import { Loading } from '../ui/states';

export const MentorPage = ({ title, children }: { title: string; children: () => ReactNode }) => {
  const session = useSession();
  const { pathname } = useLocation();
  if (session.status === 'checking') return <Loading fill />;
  if (!allowed(session, 'cohorts:mentor'))
    return (
      <>
        <h1>{title}</h1>
        <div className="notice">
          <p>
            <strong>Not allowed.</strong> This page is for mentors and admins.{' '}
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
