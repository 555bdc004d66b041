// Changing a fork (/studio/forks/:slug, decision 0044): the fork's overlay on the upstream version it follows, as a
// form (studio/OverlayForm.tsx), with change notes for its learners; saving publishes the fork's next version
// (PUT /v1/forks/{slug}/overlay with the fork's ETag as If-Match, so two editors never overwrite each other: a 412
// keeps what was typed and says to read the fork again).
import '../styles/studio.css';
import { useState } from 'react';
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { EditorPage } from '../editor';
import { Link } from '../router';
import { announce } from '../ui/announcer';
import { FormError, SubmitButton, TextAreaField, useSubmit } from '../ui/forms';
import { usePageTitle } from '../ui/page';
import { Loading, Show, useResource } from '../ui/states';
import { OverlayForm, tidy, type Overlay, type UpstreamDocument } from '../studio/OverlayForm';

type Fork = Ok<'/v1/forks/{slug}'>;
type Published = Ok<'/v1/forks/{slug}/overlay', 'put'>;

const loadFork = async (slug: string) => {
  const fork = await call(api.GET('/v1/forks/{slug}', { params: { path: { slug } } }));
  const version = await call(
    api.GET('/v1/roadmaps/{slug}/versions/{number}', {
      params: { path: { slug: fork.upstream.slug, number: fork.upstream.version } },
    }),
  );
  return { fork, upstream: version.document };
};

const Saved = ({ published }: { published: Published }) => (
  <div className="notice" role="status">
    <p>
      {published.version === null
        ? 'Saved. The fork reads as it did, so no new version was numbered.'
        : `Saved and published as the fork’s version ${published.version.number}.`}{' '}
      <Link href={`/roadmaps/${published.fork.slug}`}>Open the fork as learners see it</Link>
    </p>
  </div>
);

const ForkEditor = ({ fork: loaded, upstream }: { fork: Fork; upstream: UpstreamDocument }) => {
  const [fork, setFork] = useState(loaded);
  const [overlay, setOverlay] = useState<Overlay>(loaded.overlay);
  const [notes, setNotes] = useState('');
  const [published, setPublished] = useState<Published>();
  const save = useSubmit(async () => {
    // Sent tidy and kept tidy, so the pointers of a refusal name the entries the form shows.
    const sent = tidy(overlay);
    setOverlay(sent);
    const result = await call(
      api.PUT('/v1/forks/{slug}/overlay', {
        params: { path: { slug: fork.slug }, header: { 'if-match': fork.etag } },
        body: { overlay: sent, notes },
      }),
    );
    setFork(result.fork);
    setOverlay(result.fork.overlay);
    setNotes('');
    setPublished(result);
    announce(result.version === null ? 'Saved.' : `Saved: the fork’s version ${result.version.number}.`);
  });
  const edit = (next: Overlay) => {
    setOverlay(next);
    setPublished(undefined);
  };
  return (
    <>
      <p className="lead">
        {fork.title} <span className="muted">({fork.slug})</span> follows version {fork.upstream.version} of{' '}
        {fork.upstream.slug}. What you change here is laid on that version; learners see one roadmap.
      </p>
      {fork.openProposal !== null && (
        <p>
          <Link href={`/studio/forks/${fork.slug}/proposals/${fork.openProposal.id}`}>
            Upstream published version {fork.upstream.latestVersion}: review the proposal
          </Link>
        </p>
      )}
      <form onSubmit={save.onSubmit} noValidate>
        <FormError error={save.error} />
        <OverlayForm upstream={upstream} overlay={overlay} onChange={edit} fieldError={save.fieldError} />
        <section className="studio-section overlay-form" aria-labelledby="overlay-notes-title">
          <h2 id="overlay-notes-title">Change notes</h2>
          <div className="studio-field">
            <TextAreaField
              label="Change notes for the fork’s learners"
              hint="The fork’s changelog shows them with its new version."
              rows={3}
              value={notes}
              onChange={(event) => setNotes(event.target.value)}
              error={save.fieldError('/notes')}
            />
          </div>
        </section>
        <div className="studio-savebar">
          <SubmitButton busy={save.busy} busyLabel="Publishing…">
            Save and publish
          </SubmitButton>
          {published !== undefined && <Saved published={published} />}
        </div>
      </form>
    </>
  );
};

const ForkContent = ({ slug }: { slug: string }) => {
  const { resource, reload } = useResource(() => loadFork(slug), [slug]);
  usePageTitle(resource.status === 'ready' ? `Change ${resource.data.fork.title}` : 'Change a fork');
  return (
    <Show resource={resource} reload={reload} placeholder={<Loading label="Loading the fork…" />}>
      {({ fork, upstream }) => <ForkEditor fork={fork} upstream={upstream} />}
    </Show>
  );
};

export const ForkOverlayPage = ({ slug }: { slug: string }) => (
  <EditorPage title="Change a fork" permission="forks:write">
    {() => <ForkContent slug={slug} />}
  </EditorPage>
);
