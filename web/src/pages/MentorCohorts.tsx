// The mentor's cohorts: the ones they mentor, newest first, and the form to start a new one for a published roadmap.
import { api, call } from '../api/client';
import { MentorPage } from '../cohorts/MentorPage';
import { formatDay, today } from '../dates';
import { Link, navigate } from '../router';
import { announce } from '../ui/announcer';
import { Field, FormError, SelectField, SubmitButton, useForm } from '../ui/forms';
import { usePageTitle } from '../ui/page';
import { Empty, Loading, Show, useResource } from '../ui/states';
import '../styles/editor.css';
import '../styles/cohorts.css';

const NewCohortForm = ({ roadmaps }: { roadmaps: { slug: string; title: string }[] }) => {
  const { field, onSubmit, busy, error } = useForm(
    { roadmap: '', name: '', startDate: today(), hoursPerWeek: '6' },
    async ({ hoursPerWeek, ...values }) => {
      const cohort = await call(
        api.POST('/v1/cohorts', {
          body: { ...values, hoursPerWeek: hoursPerWeek.trim() === '' ? Number.NaN : Number(hoursPerWeek) },
        }),
      );
      announce(`Cohort ${cohort.name} created`);
      navigate(`/mentor/cohorts/${cohort.id}`);
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="card cohort-form" aria-labelledby="new-cohort">
      <h2 id="new-cohort">Start a cohort</h2>
      <FormError error={error} />
      <SelectField label="Roadmap" required {...field('roadmap')}>
        <option value="">Choose a roadmap</option>
        {roadmaps.map((roadmap) => (
          <option key={roadmap.slug} value={roadmap.slug}>
            {roadmap.title}
          </option>
        ))}
      </SelectField>
      <Field
        label="Name"
        hint="As the members see it, for example “Spring 2027 evening group”."
        required
        {...field('name')}
      />
      <Field label="Start date" type="date" required {...field('startDate')} />
      <Field
        label="Hours a week"
        hint="The pace the schedule is worked out at; you can move each stage's due date afterwards."
        type="number"
        inputMode="decimal"
        min={1}
        max={80}
        required
        {...field('hoursPerWeek')}
      />
      <SubmitButton busy={busy} busyLabel="Creating…">
        Create the cohort
      </SubmitButton>
    </form>
  );
};

const CohortTable = () => {
  const { resource, reload } = useResource(() => call(api.GET('/v1/cohorts')), []);
  return (
    <Show resource={resource} reload={reload} placeholder={<Loading label="Loading your cohorts…" />}>
      {({ items }) =>
        items.length === 0 ? (
          <Empty hint="Start one with the form below.">You do not mentor a cohort yet.</Empty>
        ) : (
          <div className="table-scroll">
            <table className="audit-log cohort-table">
              <caption>The cohorts you mentor, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Cohort</th>
                  <th scope="col">Roadmap</th>
                  <th scope="col">Members</th>
                  <th scope="col">Runs</th>
                  <th scope="col">Joining by code</th>
                </tr>
              </thead>
              <tbody>
                {items.map((cohort) => (
                  <tr key={cohort.id}>
                    <td>
                      <Link href={`/mentor/cohorts/${cohort.id}`}>{cohort.name}</Link>
                      {cohort.archived && <span className="audit-email">Archived</span>}
                    </td>
                    <td>{cohort.roadmap.title}</td>
                    <td>{cohort.members}</td>
                    <td>
                      {formatDay(cohort.startDate)} to {formatDay(cohort.finishOn)}
                    </td>
                    <td>{cohort.joinCode === null ? 'Off' : 'On'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </Show>
  );
};

export const MentorCohorts = () => {
  usePageTitle('Cohorts you mentor');
  const roadmaps = useResource(() => call(api.GET('/v1/roadmaps', { params: { query: { limit: 100 } } })), []);
  return (
    <MentorPage title="Cohorts you mentor">
      {() => (
        <>
          <CohortTable />
          <Show resource={roadmaps.resource} reload={roadmaps.reload}>
            {(page) => <NewCohortForm roadmaps={page.items} />}
          </Show>
        </>
      )}
    </MentorPage>
  );
};
