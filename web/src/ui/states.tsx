// Loading, error and empty states, and the hook that gives every page the first two for free. Styles: the "Notices,
// errors, empty and loading states" part of styles/components.css.
import { startTransition, useCallback, useEffect, useState, type ReactNode } from 'react';
import { messageOf } from '../api/errors';
import { AlertIcon, InboxIcon } from './icons';

export type Resource<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T };

/** Loads data for a page; `reload` fetches again (after a change, or a "Try again"). */
export const useResource = <T,>(load: () => Promise<T>, deps: unknown[]) => {
  const [resource, setResource] = useState<Resource<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // The caller lists what the loader depends on, as with useEffect.
  const loader = useCallback(load, deps);
  useEffect(() => {
    let current = true;
    // A transition: React renders a large page (a whole roadmap) in slices, between which the browser stays
    // responsive, instead of in one long task.
    const settle = (next: Resource<T>) => startTransition(() => setResource(next));
    loader().then(
      (data) => current && settle({ status: 'ready', data }),
      (error: unknown) => current && settle({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
  }, [loader, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { resource, reload };
};

/**
 * `fill`: the placeholder takes the rest of the screen, so what comes after it (the footer, the next cards) is not
 * shown until the content arrives and then pushed away, which readers see as the page jumping.
 */
export const Loading = ({ label = 'Loading…', fill = false }: { label?: string; fill?: boolean }) => (
  <p className={fill ? 'loading loading-fill' : 'loading'} role="status">
    <span className="spinner" aria-hidden="true" />
    {label}
  </p>
);

/** What went wrong, in words for people, with "Try again" when there is something to retry. */
export const ErrorMessage = ({ error, retry }: { error: unknown; retry?: () => void }) => (
  <div className="error-box state-error" role="alert">
    <AlertIcon />
    <div className="state-error-body">
      <p>{messageOf(error)}</p>
      {retry && (
        <button type="button" className="secondary small" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  </div>
);

/**
 * Nothing to show (yet): an icon, a line saying what is missing (`children`), and optionally a second line on what
 * to do about it (`hint`) and a way on (`action`: a link or a button).
 */
export const Empty = ({
  children,
  hint,
  action,
  icon = <InboxIcon />,
}: {
  children: ReactNode;
  hint?: ReactNode;
  action?: ReactNode;
  icon?: ReactNode;
}) => (
  <div className="empty-state">
    {icon}
    <p className="empty-state-title">{children}</p>
    {hint !== undefined && <p className="empty-state-hint">{hint}</p>}
    {action !== undefined && <div className="empty-state-action">{action}</div>}
  </div>
);

/** Renders a resource: the spinner (or `placeholder`), the error with a retry, or the content. */
export const Show = <T,>({
  resource,
  reload,
  children,
  placeholder = <Loading />,
}: {
  resource: Resource<T>;
  reload: () => void;
  children: (data: T) => ReactNode;
  placeholder?: ReactNode;
}) => {
  if (resource.status === 'loading') return <>{placeholder}</>;
  if (resource.status === 'error') return <ErrorMessage error={resource.error} retry={reload} />;
  return <>{children(resource.data)}</>;
};
