// One Resource Hub entry, laid out for its kind: a guide with its table of contents, a review with its verdict and
// rating, a cheatsheet compact enough to print on a page or two. Each asks "Was this helpful?".
import { api, call } from '../api/client';
import type { HubEntry } from '../api/types';
import { formatDay } from '../dates';
import { useFeedbackCounts, WasThisHelpful } from '../feedback';
import { HubBadges, KIND_LABELS, Rating } from '../hub';
import { Link } from '../router';
import { Markdown } from '../ui/Markdown';
import { usePageTitle } from '../ui/page';
import { Show, useResource } from '../ui/states';

type Guide = Extract<HubEntry, { kind: 'guide' }>;
type Review = Extract<HubEntry, { kind: 'review' }>;

const SUBJECT_KINDS: Record<Review['subject']['kind'], string> = {
  book: 'Book',
  course: 'Course',
  tool: 'Tool',
  video: 'Video',
  docs: 'Documentation',
  article: 'Article',
};

type TocItem = Guide['toc'][number] & { children: Guide['toc'] };

/** `###` headings nest under the `##` before them, so the numbered list counts only the top level. */
const nestToc = (toc: Guide['toc']) =>
  toc.reduce<TocItem[]>((items, heading) => {
    const parent = items.at(-1);
    if (heading.level === 3 && parent !== undefined) parent.children.push(heading);
    else items.push({ ...heading, children: [] });
    return items;
  }, []);

const GuideBody = ({ entry }: { entry: Guide }) => (
  <div className={entry.toc.length > 0 ? 'hub-guide' : undefined}>
    {entry.toc.length > 0 && (
      <nav className="toc" aria-labelledby="guide-toc">
        <h2 id="guide-toc" className="toc-title">
          On this page
        </h2>
        <ol>
          {nestToc(entry.toc).map((heading) => (
            <li key={heading.anchor}>
              <a href={`#${heading.anchor}`}>{heading.text}</a>
              {heading.children.length > 0 && (
                <ul>
                  {heading.children.map((child) => (
                    <li key={child.anchor}>
                      <a href={`#${child.anchor}`}>{child.text}</a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </nav>
    )}
    <div className="hub-body">
      <Markdown source={entry.body} headingLevel={2} headingIds={entry.toc.map((heading) => heading.anchor)} />
    </div>
  </div>
);

const Points = ({ title, items, id }: { title: string; items: string[]; id: string }) =>
  items.length > 0 && (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );

const ReviewBody = ({ entry }: { entry: Review }) => (
  <>
    <section className="card review-verdict" aria-labelledby="verdict">
      <h2 id="verdict">Verdict</h2>
      <p className="review-rating">
        <Rating rating={entry.rating} />
      </p>
      <p className="lead">{entry.verdict}</p>
      <dl className="defs">
        <div>
          <dt>Reviewed</dt>
          <dd>
            <a href={entry.subject.url} rel="noopener noreferrer">
              {entry.subject.name}
            </a>{' '}
            <span className="badge">{SUBJECT_KINDS[entry.subject.kind]}</span>
            {entry.subject.free ? <span className="badge">free</span> : <span className="badge">paid</span>}
          </dd>
        </div>
        {entry.subject.by && (
          <div>
            <dt>By</dt>
            <dd>{entry.subject.by}</dd>
          </div>
        )}
        <div>
          <dt>Last checked</dt>
          <dd>
            <time dateTime={entry.reviewed}>{formatDay(entry.reviewed, { month: 'long' })}</time>
          </dd>
        </div>
      </dl>
    </section>
    <div className="grid-2">
      <Points id="suits" title="Who it suits" items={entry.suits} />
      <Points id="not-for" title="Who should pick something else" items={entry.notFor} />
      <Points id="strengths" title="Strengths" items={entry.strengths} />
      <Points id="weaknesses" title="Weaknesses" items={entry.weaknesses} />
    </div>
    {entry.body && (
      <section aria-labelledby="review-notes">
        <h2 id="review-notes">In more detail</h2>
        <Markdown source={entry.body} headingLevel={3} />
      </section>
    )}
  </>
);

const Helpful = ({ entry, roadmap }: { entry: HubEntry; roadmap: string }) => {
  const target = `hub:${entry.id}`;
  const { counts, refresh } = useFeedbackCounts(roadmap, target);
  return (
    <div className="hub-feedback">
      <WasThisHelpful
        roadmap={roadmap}
        target={target}
        about={entry.title}
        counts={counts.get(target)}
        onVoted={refresh}
      />
    </div>
  );
};

/** Votes are counted under a roadmap the entry helps with (docs/decisions/0022): the first it names. */
const EntryFeedback = ({ entry }: { entry: HubEntry }) => {
  const roadmap = entry.steps[0]?.roadmap;
  return roadmap === undefined ? null : <Helpful entry={entry} roadmap={roadmap} />;
};

export const HubEntryPage = ({ id }: { id: string }) => {
  const { resource, reload } = useResource(() => call(api.GET('/v1/hub/{id}', { params: { path: { id } } })), [id]);
  usePageTitle(resource.status === 'ready' ? resource.data.title : 'Resource Hub');
  return (
    <Show resource={resource} reload={reload}>
      {(entry) => (
        <article className={`hub-entry hub-entry-${entry.kind}`}>
          <nav aria-label="Breadcrumb" className="breadcrumb">
            <ol>
              <li>
                <Link href="/hub">Resource Hub</Link>
              </li>
              <li>
                <Link href={`/hub?kind=${entry.kind}`}>{KIND_LABELS[entry.kind]}s</Link>
              </li>
            </ol>
          </nav>
          <h1>{entry.title}</h1>
          <p className="hub-badges">
            <HubBadges entry={entry} />
            <span className="muted">
              {' '}
              Updated <time dateTime={entry.updated}>{formatDay(entry.updated, { month: 'long' })}</time>
            </span>
          </p>
          <p className="lead">{entry.summary}</p>
          {entry.kind === 'guide' && <GuideBody entry={entry} />}
          {entry.kind === 'review' && <ReviewBody entry={entry} />}
          {entry.kind === 'cheatsheet' && (
            <div className="cheatsheet-body">
              <Markdown source={entry.body} headingLevel={2} />
            </div>
          )}
          {entry.steps.length > 0 && (
            <section aria-labelledby="entry-steps" className="hub-steps">
              <h2 id="entry-steps">Goes with these roadmap steps</h2>
              <ul className="resource-list">
                {entry.steps.map((step) => (
                  <li key={`${step.roadmap}/${step.stepId}`}>
                    <Link href={`/roadmaps/${step.roadmap}/steps/${step.stepId}`}>{step.stepTitle}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <EntryFeedback entry={entry} />
          {entry.kind === 'cheatsheet' && (
            <p className="no-print">
              <button type="button" className="secondary" onClick={() => window.print()}>
                Print this cheatsheet
              </button>
            </p>
          )}
        </article>
      )}
    </Show>
  );
};
