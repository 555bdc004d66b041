// On the plan page, for a signed-in learner: the due dates of each cohort they belong to on this roadmap, beside
// their own plan (which keeps its own dates). Read from their cohorts, which carry each stage's title.
import { api, call } from '../api/client';
import { Link } from '../router';
import { useResource } from '../ui/states';
import { StageDates } from './member-progress';
import '../styles/editor.css';
import '../styles/cohorts.css';
import '../styles/messages.css';

export const CohortDueDates = ({ slug }: { slug: string }) => {
  const { resource } = useResource(() => call(api.GET('/v1/me/cohorts')), []);
  // The plan works without it: a failed or slow answer leaves the section out rather than in the way.
  if (resource.status !== 'ready') return null;
  const cohorts = resource.data.items.filter((cohort) => cohort.roadmap.slug === slug);
  if (cohorts.length === 0) return null;
  return (
    <section aria-labelledby="cohort-due-dates" className="plan-cohorts">
      <h2 id="cohort-due-dates">{cohorts.length === 1 ? 'Your cohort’s due dates' : 'Your cohorts’ due dates'}</h2>
      <p>
        Your cohort's mentors set these dates and may move them; your own plan above keeps its dates. See{' '}
        <Link href="/cohorts">your cohorts</Link>.
      </p>
      {cohorts.map((cohort) => (
        <StageDates key={cohort.id} cohort={cohort} caption={`Due dates of “${cohort.name}”`} />
      ))}
    </section>
  );
};
