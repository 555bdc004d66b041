// A learner's public profile, showing only what they chose to show.
import { api, call } from '../api/client';
import { Link } from '../router';
import { Bars } from '../ui/charts';
import { usePageTitle } from '../ui/page';
import { Show, useResource } from '../ui/states';

export const PublicProfile = ({ handle }: { handle: string }) => {
  const { resource, reload } = useResource(
    () => call(api.GET('/v1/profiles/{handle}', { params: { path: { handle } } })),
    [handle],
  );
  usePageTitle(resource.status === 'ready' ? resource.data.displayName : 'Profile');
  return (
    <Show resource={resource} reload={reload}>
      {(profile) => (
        <>
          <h1>{profile.displayName}</h1>
          <p className="muted">@{profile.handle}</p>
          {profile.bio && <p>{profile.bio}</p>}
          {profile.streak && (
            <p>
              Streak: <strong>{profile.streak.current} days</strong> in a row (longest {profile.streak.longest}).
            </p>
          )}
          {profile.roadmaps && profile.roadmaps.length > 0 && (
            <section aria-labelledby="following-heading">
              <h2 id="following-heading">Following</h2>
              <ul className="plain-list">
                {profile.roadmaps.map((roadmap) => (
                  <li key={roadmap.slug}>
                    <Link href={`/roadmaps/${roadmap.slug}`}>{roadmap.title}</Link>: {roadmap.stepsDone} of{' '}
                    {roadmap.steps} steps
                  </li>
                ))}
              </ul>
              <Bars
                label={profile.roadmaps.map((r) => `${r.title} ${Math.round(r.percent)}%`).join(', ')}
                rows={profile.roadmaps.map((r) => ({ label: r.title, percent: r.percent }))}
              />
            </section>
          )}
        </>
      )}
    </Show>
  );
};
