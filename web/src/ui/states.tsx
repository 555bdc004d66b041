// Loading, error and empty states, and the hook that gives every page the first two for free.
import { startTransition, useCallback, useEffect, useState, type ReactNode } from 'react';
import { messageOf } from '../api/errors';

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

export const ErrorMessage = ({ error, retry }: { error: unknown; retry?: () => void }) => (
  <div className="error-box" role="alert">
    <p>{messageOf(error)}</p>
    {retry && (
      <button type="button" onClick={retry}>
        Try again
      </button>
    )}
  </div>
);

export const Empty = ({ children }: { children: ReactNode }) => <p className="empty">{children}</p>;

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
