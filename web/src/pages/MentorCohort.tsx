// One cohort as its mentors run it: its schedule with editable due dates, the ways in (invites, the join code, another
// mentor), archiving, and the members against the schedule.
import { api, call } from '../api/client';
import { CohortMessaging } from '../cohorts/CohortMessaging';
import { AddMentorForm, ArchiveControl, InviteForm, JoinCodeControls } from '../cohorts/CohortSharing';
import { CohortActivity } from '../cohorts/CohortActivity';
import { CohortDashboard } from '../cohorts/CohortDashboard';
import { MembersTable } from '../cohorts/MembersTable';
import { MentorPage } from '../cohorts/MentorPage';
import { mentorNames, type MentoredCohort } from '../cohorts/member-progress';
import { ScheduleForm } from '../cohorts/ScheduleForm';
import { formatDay } from '../dates';
import { Link } from '../router';
import { usePageTitle } from '../ui/page';
import { Loading, Show, useResource } from '../ui/states';
import '../styles/editor.css';
import '../styles/cohorts.css';

const CohortDetails = ({ cohort, reload }: { cohort: MentoredCohort; reload: () => void }) => (
  <>
    <p>
      <Link href="/mentor/cohorts">All the cohorts you mentor</Link> ·{' '}
      <Link href={`/mentor/cohorts/${cohort.id}/reviews`}>Projects to review</Link>
    </p>
    <dl className="cohort-facts">
      <dt>Roadmap</dt>
      <dd>
        <Link href={`/roadmaps/${cohort.roadmap.slug}`}>{cohort.roadmap.title}</Link>
      </dd>
      <dt>Pace</dt>
      <dd>
        {cohort.hoursPerWeek} hours a week from {formatDay(cohort.startDate)}, finishing by {formatDay(cohort.finishOn)}
      </dd>
      <dt>Mentors</dt>
      <dd>{mentorNames(cohort)}</dd>
      {cohort.archived && (
        <>
          <dt>State</dt>
          <dd>Archived: readable, and nothing in it changes any more</dd>
        </>
      )}
    </dl>
    <CohortDashboard cohortId={cohort.id} />
    <MembersTable cohortId={cohort.id} cohortName={cohort.name} />
    <CohortMessaging cohort={cohort} />
    <CohortActivity cohortId={cohort.id} />
    <section aria-labelledby="schedule">
      <h2 id="schedule">Schedule</h2>
      {/* Keyed by the saved dates: after a save the fields start from what the API keeps. */}
      <ScheduleForm key={cohort.stages.map((stage) => stage.dueOn).join()} cohort={cohort} onSaved={reload} />
    </section>
    <section aria-labelledby="ways-in" className="card cohort-parts">
      <h2 id="ways-in">Bring people in</h2>
      <JoinCodeControls cohort={cohort} onChanged={reload} />
      {!cohort.archived && (
        <>
          <InviteForm cohort={cohort} onChanged={reload} />
          <AddMentorForm cohort={cohort} onChanged={reload} />
        </>
      )}
    </section>
    <ArchiveControl cohort={cohort} onChanged={reload} />
  </>
);

export const MentorCohort = ({ id }: { id: string }) => {
  const { resource, reload } = useResource(() => call(api.GET('/v1/cohorts/{id}', { params: { path: { id } } })), [id]);
  const name = resource.status === 'ready' ? resource.data.name : undefined;
  usePageTitle(name ?? 'Cohort');
  return (
    <MentorPage title={name ?? 'Cohort'}>
      {() => (
        <Show resource={resource} reload={reload} placeholder={<Loading label="Loading the cohort…" />}>
          {(cohort) => <CohortDetails cohort={cohort} reload={reload} />}
        </Show>
      )}
    </MentorPage>
  );
};
