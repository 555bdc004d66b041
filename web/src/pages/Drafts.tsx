// The studio's home: the editors' list of roadmap drafts (being written and in review), everyone's, newest first, on
// every roadmap or on one, with where each started, who started it, when it last changed, and the ways to edit and
// to review it; the form to start a new one (studio/NewDraft.tsx); and the forks, each to change and with its open
// proposal to follow its upstream (studio/ForkList.tsx).
import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { EditorPage, RoadmapFilter } from '../editor';
import { Link } from '../router';
import { ForkList } from '../studio/ForkList';
import { NewDraft } from '../studio/NewDraft';
import { announce } from '../ui/announcer';
import { useLearnerTime } from '../ui/learner-time';
import { usePageTitle } from '../ui/page';
import { Empty, ErrorMessage, Loading } from '../ui/states';
import '../styles/editor.css';
import '../styles/studio.css';

type DraftPage = Ok<'/v1/drafts'>;
type DraftSummary = DraftPage['items'][number];

const PAGE_SIZE = 20;

const STATUS_WORDS: Record<DraftSummary['status'], string> = {
  draft: 'Being written',
  in_review: 'In review',
  approved: 'Approved',
  published: 'Published',
  discarded: 'Discarded',
};

const startedFromWords = (draft: DraftSummary) => {
  const from = draft.startedFrom;
  if ('published' in from) return 'A change to the published roadmap';
  if ('copy' in from) return `A new roadmap, copied from ${from.copy}`;
  return 'A new roadmap, started empty';
};

/** Edit while it is being written; its review (the diff, the thread, publishing) once it has any. */
const DraftLinks = ({ draft }: { draft: DraftSummary }) => {
  const about = `${draft.roadmap.title}, ${startedFromWords(draft).toLowerCase()}`;
  const writable = draft.status === 'draft' || draft.status === 'approved';
  return (
    <span className="draft-links">
      {writable && (
        <Link href={`/studio/drafts/${draft.id}`} aria-label={`Edit: ${about}`}>
          Edit
        </Link>
      )}
      {draft.status !== 'discarded' && (
        <Link href={`/studio/drafts/${draft.id}/review`} aria-label={`Review: ${about}`}>
          Review
        </Link>
      )}
    </span>
  );
};

const fetchDrafts = (roadmap: string, cursor?: string) =>
  call(
    api.GET('/v1/drafts', {
      params: { query: { limit: PAGE_SIZE, ...(roadmap ? { roadmap } : {}), ...(cursor ? { cursor } : {}) } },
    }),
  );

const DraftList = () => {
  const { dateTime } = useLearnerTime();
  const [roadmap, setRoadmap] = useState('');
  const [roadmaps, setRoadmaps] = useState<{ slug: string; title: string }[]>([]);
  const [list, setList] = useState<DraftPage>();
  const [loadError, setLoadError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    call(api.GET('/v1/roadmaps', { params: { query: { limit: 100 } } })).then(
      (page) => setRoadmaps(page.items),
      // Without the list the filter offers "All roadmaps" only; the drafts still load.
      () => undefined,
    );
  }, []);

  useEffect(() => {
    let current = true;
    setList(undefined);
    setLoadError(undefined);
    fetchDrafts(roadmap).then(
      (page) => current && setList(page),
      (failure: unknown) => current && setLoadError(failure),
    );
    return () => {
      current = false;
    };
  }, [roadmap, attempt]);

  const loadMore = () => {
    if (!list?.nextCursor) return;
    setLoadingMore(true);
    setLoadError(undefined);
    fetchDrafts(roadmap, list.nextCursor).then(
      (page) => {
        setLoadingMore(false);
        setList({ items: [...list.items, ...page.items], nextCursor: page.nextCursor });
        announce(`${page.items.length} more ${page.items.length === 1 ? 'draft' : 'drafts'}`);
      },
      (failure: unknown) => {
        setLoadingMore(false);
        setLoadError(failure);
      },
    );
  };

  return (
    <>
      <NewDraft roadmaps={roadmaps} />
      <ForkList />
      <h2>All drafts</h2>
      <RoadmapFilter id="drafts-roadmap" roadmaps={roadmaps} value={roadmap} onChange={setRoadmap} />
      {list === undefined && loadError === undefined && <Loading label="Loading drafts…" />}
      {list !== undefined &&
        (list.items.length === 0 ? (
          <Empty>No drafts{roadmap ? ' of this roadmap' : ''} yet.</Empty>
        ) : (
          <div className="table-scroll">
            <table className="audit-log">
              <caption className="visually-hidden">Drafts, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Roadmap</th>
                  <th scope="col">What it is</th>
                  <th scope="col">Status</th>
                  <th scope="col">Started by</th>
                  <th scope="col">Last changed</th>
                  <th scope="col">Open</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((draft) => (
                  <tr key={draft.id}>
                    <td>
                      {draft.roadmap.title}
                      <span className="audit-email">{draft.roadmap.slug}</span>
                    </td>
                    <td>{startedFromWords(draft)}</td>
                    <td>
                      <Link href={`/studio/drafts/${draft.id}/review`}>{STATUS_WORDS[draft.status]}</Link>
                      <span className="audit-email">
                        {draft.revision === 1 ? 'Not changed yet' : `${draft.revision - 1} changes`}
                      </span>
                    </td>
                    <td>{draft.author?.name ?? <span className="muted">A removed account</span>}</td>
                    <td>
                      <time dateTime={draft.updatedAt}>{dateTime(draft.updatedAt)}</time>
                    </td>
                    <td>
                      <DraftLinks draft={draft} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {loadError !== undefined && (
        <ErrorMessage error={loadError} retry={list === undefined ? () => setAttempt((n) => n + 1) : loadMore} />
      )}
      {list?.nextCursor && (
        <button type="button" onClick={loadMore} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
    </>
  );
};

export const Drafts = () => {
  usePageTitle('Drafts');
  return (
    <EditorPage title="Drafts" permission="drafts:write">
      {() => <DraftList />}
    </EditorPage>
  );
};
