// The learner's cohorts: for each, its roadmap, its mentors and the due date of every stage; what its mentors see of
// the learner (the very answer a mentor's members table is built from); and leaving, after a confirm.
import { useState } from 'react';
import { api, call } from '../api/client';
import { useSession } from '../api/session';
import {
  StageDates,
  mentorNames,
  progressWords,
  standingWords,
  type MemberProgress,
  type MyCohort,
} from '../cohorts/member-progress';
import { NudgeChoice } from '../cohorts/NudgeChoice';
import { formatDay } from '../dates';
import { Link } from '../router';
import { announce } from '../ui/announcer';
import { Dialog } from '../ui/dialog';
import { useLearnerTime } from '../ui/learner-time';
import { usePageTitle } from '../ui/page';
import { Empty, ErrorMessage, Loading, Show, useResource } from '../ui/states';
import '../styles/editor.css';
import '../styles/cohorts.css';

const WhatMentorsSee = ({ cohort }: { cohort: MyCohort }) => {
  const { dateTime } = useLearnerTime();
  const { resource, reload } = useResource<MemberProgress>(
    () => call(api.GET('/v1/me/cohorts/{id}/what-mentors-see', { params: { path: { id: cohort.id } } })),
    [cohort.id],
  );
  return (
    <Show resource={resource} reload={reload} placeholder={<Loading label="Loading what your mentors see…" />}>
      {(member) => (
        <div className="notice">
          <p>
            Your mentors see this about you, for the roadmap {cohort.roadmap.title} only — never your notes or your
            other roadmaps:
          </p>
          <dl className="cohort-facts">
            <dt>Name</dt>
            <dd>{member.displayName}</dd>
            <dt>Progress</dt>
            <dd>{progressWords(member)}</dd>
            <dt>Against the schedule</dt>
            <dd>
              {standingWords(member)} (the schedule expects {Math.round(member.expectedPercent)}% by today)
            </dd>
            <dt>Last activity</dt>
            <dd>{member.lastActivityAt ? dateTime(member.lastActivityAt) : 'None yet'}</dd>
            <dt>Joined</dt>
            <dd>{dateTime(member.joinedAt)}</dd>
          </dl>
        </div>
      )}
    </Show>
  );
};

const LeaveDialog = ({ cohort, onClose, onLeft }: { cohort: MyCohort; onClose: () => void; onLeft: () => void }) => {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const leave = () => {
    setBusy(true);
    call(api.DELETE('/v1/me/cohorts/{id}', { params: { path: { id: cohort.id } } })).then(
      () => {
        announce(`You left the cohort ${cohort.name}`);
        onLeft();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };
  return (
    <Dialog title={`Leave “${cohort.name}”?`} onClose={onClose}>
      {() => (
        <>
          <p>
            Your mentors will no longer see your progress, and the cohort's due dates leave your plan. Your own progress
            on the roadmap stays. To come back you need a new invite or the join code.
          </p>
          {error !== undefined && <ErrorMessage error={error} />}
          <div className="dialog-actions">
            <button type="button" className="danger" onClick={leave} disabled={busy}>
              {busy ? 'Leaving…' : 'Leave the cohort'}
            </button>
            <button type="button" className="secondary" onClick={onClose} data-autofocus>
              Stay
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
};

const CohortCard = ({ cohort, onLeft }: { cohort: MyCohort; onLeft: () => void }) => {
  const [showing, setShowing] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const panelId = `mentors-see-${cohort.id}`;
  return (
    <section className="card" aria-labelledby={`cohort-${cohort.id}`}>
      <h2 id={`cohort-${cohort.id}`}>{cohort.name}</h2>
      <dl className="cohort-facts">
        <dt>Roadmap</dt>
        <dd>
          <Link href={`/roadmaps/${cohort.roadmap.slug}`}>{cohort.roadmap.title}</Link>
        </dd>
        <dt>Mentors</dt>
        <dd>{mentorNames(cohort)}</dd>
        <dt>Pace</dt>
        <dd>
          {cohort.hoursPerWeek} hours a week from {formatDay(cohort.startDate)}, finishing by{' '}
          {formatDay(cohort.finishOn)}
        </dd>
        {cohort.archived && (
          <>
            <dt>State</dt>
            <dd>Archived: the cohort has ended and nothing in it changes any more</dd>
          </>
        )}
      </dl>
      <StageDates cohort={cohort} caption={`Due dates of “${cohort.name}”`} />
      <NudgeChoice cohortId={cohort.id} />
      <p className="cohort-actions">
        <button
          type="button"
          className="secondary"
          aria-expanded={showing}
          aria-controls={panelId}
          onClick={() => setShowing(!showing)}
        >
          What your mentors see
        </button>{' '}
        <button type="button" className="secondary" onClick={() => setLeaving(true)}>
          Leave<span className="visually-hidden"> “{cohort.name}”</span>
        </button>
      </p>
      <div id={panelId}>{showing && <WhatMentorsSee cohort={cohort} />}</div>
      {leaving && <LeaveDialog cohort={cohort} onClose={() => setLeaving(false)} onLeft={onLeft} />}
    </section>
  );
};

const CohortList = () => {
  const { resource, reload } = useResource(() => call(api.GET('/v1/me/cohorts')), []);
  return (
    <Show resource={resource} reload={reload} placeholder={<Loading label="Loading your cohorts…" />}>
      {({ items }) =>
        items.length === 0 ? (
          <Empty
            hint="A cohort is a group learning a roadmap together, on a schedule, with mentors."
            action={<Link href="/cohorts/join">Join with a code</Link>}
          >
            You are not in a cohort.
          </Empty>
        ) : (
          <>
            {items.map((cohort) => (
              <CohortCard key={cohort.id} cohort={cohort} onLeft={reload} />
            ))}
          </>
        )
      }
    </Show>
  );
};

export const MyCohorts = () => {
  usePageTitle('Your cohorts');
  const session = useSession();
  if (session.status === 'checking') return <Loading fill />;
  return (
    <>
      <h1>Your cohorts</h1>
      {session.status === 'signed-out' ? (
        <p>
          <Link href="/login?next=/cohorts">Log in</Link> to see the cohorts you belong to.
        </p>
      ) : (
        <>
          <p>
            Have a code from a mentor? <Link href="/cohorts/join">Join a cohort with its code</Link>.
          </p>
          <CohortList />
        </>
      )}
    </>
  );
};
