// The editors' inbox of readers' comments: filter by state (as tabs, each with how many it holds) and roadmap, page
// on with "Load more", and approve, hide, mark addressed (with a note on what was done) or delete each one.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { EditorPage, RoadmapFilter } from '../editor';
import { announce } from '../ui/announcer';
import { usePageTitle } from '../ui/page';
import { Empty, ErrorMessage, Loading } from '../ui/states';
import { CommentCard, STATE_LABELS, type Comment, type CommentState } from './ModerationComment';

type CommentPage = Ok<'/v1/feedback/comments'>;
type Counts = Ok<'/v1/feedback/comments/counts'>;
type Tab = CommentState | 'all';

const TABS: [Tab, string][] = [
  ['new', 'New'],
  ['quarantined', 'Quarantined'],
  ['approved', 'Approved'],
  ['addressed', 'Addressed'],
  ['hidden', 'Hidden'],
  ['all', 'All'],
];
const PAGE_SIZE = 20;

const fetchComments = (tab: Tab, roadmap: string, cursor?: string) =>
  call(
    api.GET('/v1/feedback/comments', {
      params: {
        query: {
          limit: PAGE_SIZE,
          ...(tab === 'all' ? {} : { state: tab }),
          ...(roadmap ? { roadmap } : {}),
          ...(cursor ? { cursor } : {}),
        },
      },
    }),
  );

/** Tabs as the ARIA pattern has them: one tab stop, arrow keys (and Home, End) move between tabs and choose. */
const StateTabs = ({
  tab,
  counts,
  onChoose,
}: {
  tab: Tab;
  counts: Counts | undefined;
  onChoose: (tab: Tab) => void;
}) => {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex(([id]) => id === tab);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + TABS.length) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onChoose(TABS[next]![0]);
    buttons.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label="Comments by state" className="tabs" onKeyDown={onKeyDown}>
      {TABS.map(([id, label], index) => (
        <button
          key={id}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={tab === id}
          aria-controls="comments-panel"
          tabIndex={tab === id ? 0 : -1}
          onClick={() => onChoose(id)}
        >
          {label}
          {counts !== undefined && ` (${counts[id]})`}
        </button>
      ))}
    </div>
  );
};

const Queue = () => {
  const [tab, setTab] = useState<Tab>('new');
  const [roadmap, setRoadmap] = useState('');
  const [list, setList] = useState<CommentPage>();
  const [loadError, setLoadError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [roadmaps, setRoadmaps] = useState<{ slug: string; title: string }[]>([]);
  const [counts, setCounts] = useState<Counts>();
  const [countsVersion, setCountsVersion] = useState(0);

  useEffect(() => {
    call(api.GET('/v1/roadmaps', { params: { query: { limit: 100 } } })).then(
      (page) => setRoadmaps(page.items),
      // Without the list the filter offers "All roadmaps" only; the comments still load.
      () => undefined,
    );
  }, []);

  // The counts follow the roadmap filter and every change an editor makes; without them the tabs show no number.
  useEffect(() => {
    let current = true;
    call(api.GET('/v1/feedback/comments/counts', { params: { query: roadmap ? { roadmap } : {} } })).then(
      (fresh) => current && setCounts(fresh),
      () => current && setCounts(undefined),
    );
    return () => {
      current = false;
    };
  }, [roadmap, countsVersion]);

  useEffect(() => {
    let current = true;
    setList(undefined);
    setLoadError(undefined);
    fetchComments(tab, roadmap).then(
      (page) => current && setList(page),
      (failure: unknown) => current && setLoadError(failure),
    );
    return () => {
      current = false;
    };
  }, [tab, roadmap, attempt]);

  const loadMore = () => {
    if (!list?.nextCursor) return;
    setLoadingMore(true);
    setLoadError(undefined);
    fetchComments(tab, roadmap, list.nextCursor).then(
      (page) => {
        setLoadingMore(false);
        setList({ items: [...list.items, ...page.items], nextCursor: page.nextCursor });
        announce(`${page.items.length} more ${page.items.length === 1 ? 'comment' : 'comments'}`);
      },
      (failure: unknown) => {
        setLoadingMore(false);
        setLoadError(failure);
      },
    );
  };

  // A comment that no longer matches the chosen state leaves the list; the announcement says where it went.
  const changed = (comment: Comment, message: string) => {
    announce(message);
    setCountsVersion((n) => n + 1);
    setList(
      (shown) =>
        shown && {
          ...shown,
          items:
            tab === 'all' || tab === comment.state
              ? shown.items.map((item) => (item.id === comment.id ? comment : item))
              : shown.items.filter((item) => item.id !== comment.id),
        },
    );
  };
  const deleted = (comment: Comment) => {
    announce('Comment deleted');
    setCountsVersion((n) => n + 1);
    setList((shown) => shown && { ...shown, items: shown.items.filter((item) => item.id !== comment.id) });
  };

  return (
    <>
      <RoadmapFilter id="comments-roadmap" roadmaps={roadmaps} value={roadmap} onChange={setRoadmap} />
      <StateTabs tab={tab} counts={counts} onChoose={setTab} />
      <section id="comments-panel" role="tabpanel" aria-labelledby={`tab-${tab}`} className="tab-panel">
        <h2 className="visually-hidden">
          {TABS.find(([id]) => id === tab)![1]} comments
          {roadmap ? ` on ${roadmaps.find((entry) => entry.slug === roadmap)?.title ?? roadmap}` : ''}
        </h2>
        {list === undefined && loadError === undefined && <Loading label="Loading comments…" />}
        {list !== undefined &&
          (list.items.length === 0 ? (
            <Empty>No {tab === 'all' ? '' : `${STATE_LABELS[tab].toLowerCase()} `}comments.</Empty>
          ) : (
            <ol className="plain-list comments">
              {list.items.map((comment) => (
                <CommentCard key={comment.id} comment={comment} onChanged={changed} onDeleted={deleted} />
              ))}
            </ol>
          ))}
        {loadError !== undefined && (
          <ErrorMessage error={loadError} retry={list === undefined ? () => setAttempt((n) => n + 1) : loadMore} />
        )}
        {list?.nextCursor && (
          <button type="button" onClick={loadMore} disabled={loadingMore}>
            {loadingMore ? 'Loading…' : 'Load more'}
          </button>
        )}
      </section>
    </>
  );
};

export const Moderation = () => {
  usePageTitle('Feedback moderation');
  return (
    <EditorPage title="Feedback moderation" permission="feedback:moderate">
      {() => <Queue />}
    </EditorPage>
  );
};
