// A fork's proposal to follow its upstream (/studio/forks/:slug/proposals/:id, decision 0034): what upstream changed
// between the version the fork is laid on and the new one (the changelog's diff view), where that touches the
// fork's own changes and which of them no longer apply, the fork as accepting would publish it, and the decision:
// accept (with change notes for the fork's learners), as proposed or with the fork's changes adjusted on the new
// upstream version (studio/OverlayForm.tsx, decision 0044), or decline.
import '../styles/review.css';
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
import { DiffView } from './DiffView';

type Proposal = Ok<'/v1/fork-proposals/{id}'>;
type Fork = Ok<'/v1/forks/{slug}'>;
type Accepted = Ok<'/v1/fork-proposals/{id}/accept', 'post'>;

const STATUS_WORDS: Record<Proposal['status'], string> = {
  open: 'Open: waiting for a decision',
  accepted: 'Accepted',
  declined: 'Declined',
  superseded: 'Superseded by a newer upstream version',
};

/** An overlay pointer in words: /overlay/hide/0 → "hidden steps, entry 1". */
const OVERLAY_PARTS: Record<string, string> = {
  title: 'the fork’s title',
  summary: 'the fork’s summary',
  hide: 'hidden steps',
  add: 'the fork’s own steps',
  order: 'the fork’s order of steps',
  rename: 'renamed steps',
  resources: 'resources added to steps',
  notes: 'notes from the editors',
};
const overlayPart = (pointer: string) => {
  const [, part = '', index] = /^\/(?:overlay\/)?([^/]+)(?:\/(\d+))?/.exec(pointer) ?? [];
  const name = OVERLAY_PARTS[part] ?? part;
  return index === undefined ? name : `${name}, entry ${Number(index) + 1}`;
};

const Touches = ({ proposal }: { proposal: Proposal }) => {
  const titles = new Map(proposal.result.steps.map((step) => [step.id, step.title]));
  return (
    <section className="review-diff" aria-labelledby="proposal-touches-title">
      <h2 id="proposal-touches-title">Where it touches the fork’s changes</h2>
      {proposal.touches.length === 0 && proposal.dropped.length === 0 && (
        <p>None of the fork’s changes is concerned: they apply to the new version as they are.</p>
      )}
      {proposal.touches.length > 0 && (
        <ul className="proposal-touches">
          {proposal.touches.map((touch) => (
            <li key={`${touch.pointer} ${touch.stepId}`}>
              <strong>{titles.get(touch.stepId) ?? touch.stepId}</strong> ({overlayPart(touch.pointer)}): {touch.detail}
            </li>
          ))}
        </ul>
      )}
      {proposal.dropped.length > 0 && (
        <>
          <h3>Changes that no longer apply</h3>
          <p className="hint">The result goes without them; a later change to the fork can put them back.</p>
          <ul className="proposal-touches">
            {proposal.dropped.map((entry) => (
              <li key={entry.pointer}>
                <strong>{overlayPart(entry.pointer)}</strong>: {entry.detail}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};

const Result = ({ proposal }: { proposal: Proposal }) => {
  const titles = new Map(proposal.result.steps.map((step) => [step.id, step.title]));
  return (
    <section className="review-diff" aria-labelledby="proposal-result-title">
      <h2 id="proposal-result-title">The fork after accepting</h2>
      <p>
        “{proposal.result.title}”: {proposal.result.steps.length} steps in {proposal.result.tiers.length} stages, on
        version {proposal.toVersion} of {proposal.upstream}.
      </p>
      <ol className="proposal-result">
        {proposal.result.tiers.map((tier) => (
          <li key={tier.id}>
            {tier.title}
            <ol>
              {tier.steps.map((stepId) => (
                <li key={stepId}>{titles.get(stepId) ?? stepId}</li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
};

type Outcome = { kind: 'accepted'; published: Accepted } | { kind: 'declined' };

const OutcomeNotice = ({ outcome, proposal, fork }: { outcome: Outcome; proposal: Proposal; fork: Fork }) => (
  <div className="notice proposal-outcome" role="status">
    {outcome.kind === 'accepted' ? (
      <p>
        Accepted: {fork.title} now follows version {outcome.published.fork.upstream.version} of {proposal.upstream}
        {outcome.published.version === null
          ? ', and reads as it did, so no new version was numbered.'
          : `, published as its version ${outcome.published.version.number}.`}{' '}
        <Link href={`/roadmaps/${proposal.fork}/changelog`}>Read the fork’s changelog</Link>
      </p>
    ) : (
      <p>
        Declined: {fork.title} stays on version {proposal.fromVersion} of {proposal.upstream}. A later upstream version
        brings a new proposal.
      </p>
    )}
  </div>
);

/** The fork's changes as the proposal lays them on the new upstream version, to adjust before accepting. */
type Adjusting = { upstream: UpstreamDocument; overlay: Overlay };

const Decision = ({ proposal, onDecided }: { proposal: Proposal; onDecided: (outcome: Outcome) => void }) => {
  const [notes, setNotes] = useState('');
  const [adjusting, setAdjusting] = useState<Adjusting>();
  const startAdjusting = useSubmit(async () => {
    const version = await call(
      api.GET('/v1/roadmaps/{slug}/versions/{number}', {
        params: { path: { slug: proposal.upstream, number: proposal.toVersion } },
      }),
    );
    setAdjusting({ upstream: version.document, overlay: proposal.overlay });
    requestAnimationFrame(() => document.getElementById('overlay-words-title')?.focus());
  });
  const accept = useSubmit(async () => {
    // Sent tidy and kept tidy, so the pointers of a refusal name the entries the form shows.
    const overlay = adjusting === undefined ? undefined : tidy(adjusting.overlay);
    if (adjusting !== undefined && overlay !== undefined) setAdjusting({ ...adjusting, overlay });
    const published = await call(
      api.POST('/v1/fork-proposals/{id}/accept', {
        params: { path: { id: proposal.id }, header: { 'if-match': proposal.forkEtag } },
        body: { ...(notes.trim() === '' ? {} : { notes }), ...(overlay === undefined ? {} : { overlay }) },
      }),
    );
    announce(`Accepted: the fork follows version ${published.fork.upstream.version}.`);
    onDecided({ kind: 'accepted', published });
  });
  const decline = useSubmit(async () => {
    await call(api.POST('/v1/fork-proposals/{id}/decline', { params: { path: { id: proposal.id } } }));
    announce('Declined: the fork stays where it is.');
    onDecided({ kind: 'declined' });
  });
  return (
    <section className="review-diff" aria-labelledby="proposal-decision-title">
      <h2 id="proposal-decision-title">Your decision</h2>
      {adjusting === undefined ? (
        <form onSubmit={startAdjusting.onSubmit} className="proposal-adjust">
          <FormError error={startAdjusting.error} />
          <p className="hint">
            Accepting takes the fork’s changes as the result above shows them. To change them first (put back a change
            that no longer applies, say), adjust them on version {proposal.toVersion}.
          </p>
          <button type="submit" className="button secondary" disabled={startAdjusting.busy}>
            {startAdjusting.busy ? 'Loading…' : 'Adjust the fork’s changes'}
          </button>
        </form>
      ) : null}
      <form onSubmit={accept.onSubmit} noValidate className="review-form">
        <FormError error={accept.error} />
        {adjusting !== undefined && (
          <div className="proposal-adjusting">
            <OverlayForm
              level={3}
              upstream={adjusting.upstream}
              overlay={adjusting.overlay}
              onChange={(overlay) => setAdjusting({ ...adjusting, overlay })}
              fieldError={accept.fieldError}
            />
          </div>
        )}
        <TextAreaField
          label="Change notes for the fork’s learners (optional)"
          hint="The fork’s changelog shows them with its new version."
          rows={3}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          error={accept.fieldError('/notes')}
        />
        <div className="review-actions">
          <SubmitButton busy={accept.busy} busyLabel="Accepting…">
            {adjusting === undefined
              ? `Accept version ${proposal.toVersion}`
              : `Accept version ${proposal.toVersion} with these changes`}
          </SubmitButton>
        </div>
      </form>
      <form onSubmit={decline.onSubmit} className="proposal-decline">
        <FormError error={decline.error} />
        <p className="hint">Declining keeps the fork on version {proposal.fromVersion}; its learners see no change.</p>
        <button type="submit" className="button secondary" disabled={decline.busy}>
          {decline.busy ? 'Declining…' : 'Decline'}
        </button>
      </form>
    </section>
  );
};

const ProposalContent = ({ slug, id }: { slug: string; id: string }) => {
  const [outcome, setOutcome] = useState<Outcome>();
  const { resource, reload } = useResource(
    () =>
      Promise.all([
        call(api.GET('/v1/fork-proposals/{id}', { params: { path: { id } } })),
        call(api.GET('/v1/forks/{slug}', { params: { path: { slug } } })),
      ]),
    [slug, id],
  );
  usePageTitle(resource.status === 'ready' ? `Upstream change to ${resource.data[1].title}` : 'Upstream change');
  return (
    <Show resource={resource} reload={reload} placeholder={<Loading label="Loading the proposal…" />}>
      {([proposal, fork]: [Proposal, Fork]) => (
        <>
          <p className="lead">
            {proposal.upstream} published version {proposal.toVersion}; the fork {fork.title}{' '}
            <span className="muted">({fork.slug})</span> follows version{' '}
            {outcome?.kind === 'accepted' ? outcome.published.fork.upstream.version : fork.upstream.version}.
          </p>
          <p className="review-status" id="proposal-status" tabIndex={-1}>
            <span className="badge">
              {outcome === undefined ? STATUS_WORDS[proposal.status] : STATUS_WORDS[outcome.kind]}
            </span>
          </p>
          {outcome !== undefined && <OutcomeNotice outcome={outcome} proposal={proposal} fork={fork} />}
          <section className="review-diff" aria-labelledby="proposal-diff-title">
            <h2 id="proposal-diff-title">What upstream changed</h2>
            <DiffView
              diff={proposal.diff}
              before={`Version ${proposal.fromVersion}`}
              after={`Version ${proposal.toVersion}`}
            />
          </section>
          <Touches proposal={proposal} />
          <Result proposal={proposal} />
          {proposal.status === 'open' && outcome === undefined && (
            <Decision
              proposal={proposal}
              onDecided={(decided) => {
                setOutcome(decided);
                // The forms are gone: focus moves to the status they changed.
                requestAnimationFrame(() => document.getElementById('proposal-status')?.focus());
              }}
            />
          )}
        </>
      )}
    </Show>
  );
};

export const ForkProposalPage = ({ slug, id }: { slug: string; id: string }) => (
  <EditorPage title="An upstream change to a fork" permission="forks:write">
    {() => <ProposalContent slug={slug} id={id} />}
  </EditorPage>
);
