// The steps a learner bookmarked, newest first, each linking to its step, with a button to remove it.
import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import { useSession } from '../api/session';
import type { Ok } from '../api/types';
import { Link } from '../router';
import { announce } from '../ui/announcer';
import { BookmarkIcon } from '../ui/icons';
import { Empty, ErrorMessage, Loading } from '../ui/states';
import { usePageTitle } from '../ui/page';

type Bookmark = Ok<'/v1/me/bookmarks'>['items'][number];

const loadPage = (cursor?: string) =>
  call(api.GET('/v1/me/bookmarks', { params: { query: cursor === undefined ? {} : { cursor } } }));

export const Bookmarks = () => {
  usePageTitle('Bookmarks');
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  const [items, setItems] = useState<Bookmark[] | undefined>();
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();

  const load = (cursor?: string) => {
    setError(undefined);
    loadPage(cursor).then((page) => {
      setItems((shown) => [...(cursor === undefined ? [] : (shown ?? [])), ...page.items]);
      setNextCursor(page.nextCursor);
    }, setError);
  };
  useEffect(() => {
    if (signedIn) load();
  }, [signedIn]);

  const remove = (bookmark: Bookmark) => {
    const path = { params: { path: { slug: bookmark.roadmap.slug, stepId: bookmark.step.id } } };
    call(api.DELETE('/v1/me/bookmarks/{slug}/{stepId}', path)).then(() => {
      setItems((shown) => shown?.filter((item) => item !== bookmark));
      announce(`Bookmark removed: ${bookmark.step.title}`);
    }, setError);
  };

  if (session.status === 'checking') return <Loading fill />;
  if (!signedIn)
    return (
      <>
        <h1>Bookmarks</h1>
        <p>
          <Link href="/login">Log in</Link> to keep bookmarks of the steps you want to come back to.
        </p>
      </>
    );
  return (
    <>
      <h1>Bookmarks</h1>
      {error !== undefined && <ErrorMessage error={error} retry={() => load()} />}
      {items === undefined ? (
        error === undefined && <Loading fill />
      ) : items.length === 0 ? (
        <Empty icon={<BookmarkIcon />} hint="On any step, press “Bookmark” to keep it here for later.">
          You have no bookmarks yet.
        </Empty>
      ) : (
        <ul className="resource-list">
          {items.map((bookmark) => (
            <li key={`${bookmark.roadmap.slug}/${bookmark.step.id}`}>
              {bookmark.href === null ? (
                bookmark.step.title
              ) : (
                <Link href={`/roadmaps/${bookmark.roadmap.slug}/steps/${bookmark.step.id}`}>{bookmark.step.title}</Link>
              )}
              <span className="muted"> · {bookmark.roadmap.title}</span>{' '}
              <button type="button" className="link-button" onClick={() => remove(bookmark)}>
                Remove<span className="visually-hidden"> the bookmark of {bookmark.step.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {nextCursor !== null && (
        <button type="button" onClick={() => load(nextCursor)}>
          Show more
        </button>
      )}
    </>
  );
};
