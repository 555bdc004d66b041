// The learner's dashboard: for each roadmap they follow, progress per tier and overall, the next step, whether they
// are on track, checklist readiness and the plan as a calendar; their streak; exports; public-profile settings.
import { useState } from 'react';
import { isNewAccount } from '../after-sign-in';
import { api, call, download } from '../api/client';
import { dashboardFollowed, dashboardFollows, startDashboardCalls, type Follow } from '../api/dashboard';
import { ApiError } from '../api/errors';
import { useSession } from '../api/session';
import type { ChecklistLevel, Ok, Progress, Roadmap } from '../api/types';
import { formatDay } from '../dates';
import { hasGuestProgress } from '../guest';
import { allowed } from '../editor';
import { Link } from '../router';
import { announce } from '../ui/announcer';
import { Bars, Ring, StreakCalendar, Timeline } from '../ui/charts';
import { Field, FormError, TextAreaField, useSubmit } from '../ui/forms';
import { usePageTitle } from '../ui/page';
import { PlanStanding } from './PlanStanding';
import { MapIcon } from '../ui/icons';
import { Empty, ErrorMessage, Loading, Show, useResource } from '../ui/states';

const LEVELS: Record<ChecklistLevel, string> = { not_yet: 'Not yet', partly: 'Partly', confident: 'Confident' };

const Checklist = ({ roadmap, progress, onChange }: { roadmap: Roadmap; progress: Progress; onChange: () => void }) => {
  const answers = new Map(progress.checklistAnswers.map((answer) => [answer.itemId, answer.level]));
  const [error, setError] = useState<unknown>();
  const rate = (itemId: string, title: string, level: ChecklistLevel) => {
    setError(undefined);
    call(
      api.PUT('/v1/me/roadmaps/{slug}/checklist/{itemId}', {
        params: { path: { slug: roadmap.slug, itemId } },
        body: { level },
      }),
    ).then(() => {
      announce(`${title}: ${LEVELS[level]}`);
      onChange();
    }, setError);
  };
  return (
    <>
      {error !== undefined && <ErrorMessage error={error} />}
      <ul className="checklist-rating">
        {roadmap.checklist.map((item) => (
          <li key={item.id}>
            <label htmlFor={`level-${item.id}`}>{item.title}</label>
            <select
              id={`level-${item.id}`}
              value={answers.get(item.id) ?? 'not_yet'}
              onChange={(event) => rate(item.id, item.title, event.target.value as ChecklistLevel)}
            >
              {(Object.keys(LEVELS) as ChecklistLevel[]).map((level) => (
                <option key={level} value={level}>
                  {LEVELS[level]}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </>
  );
};

// When this page's code arrives, the data layer starts its calls (see startDashboardCalls).
startDashboardCalls();

const FollowedRoadmap = ({ follow }: { follow: Follow }) => {
  const slug = follow.roadmap.slug;
  const { resource, reload } = useResource(() => dashboardFollowed(slug), [slug]);
  const [downloadError, setDownloadError] = useState<unknown>();

  return (
    <section className="followed card" aria-labelledby={`followed-${slug}`}>
      <h2 id={`followed-${slug}`}>{follow.roadmap.title}</h2>
      <Show resource={resource} reload={reload} placeholder={<Loading fill />}>
        {({ roadmap, progress, plan }) => (
          <>
            <div className="overview">
              <Ring
                percent={progress.overall.percent}
                label={`${Math.round(progress.overall.percent)}% done overall`}
              />
              <div>
                <p>
                  <strong>{Math.round(progress.overall.percent)}% done</strong>: {progress.overall.counts.done} of{' '}
                  {progress.overall.steps} steps, {progress.overall.hoursDone} hours done, about{' '}
                  {progress.overall.hoursLeft} left.
                </p>
                <PlanStanding plan={plan} />
                {progress.nextStep ? (
                  <p>
                    Next step:{' '}
                    <Link href={`/roadmaps/${slug}/steps/${progress.nextStep.id}`}>{progress.nextStep.title}</Link>
                  </p>
                ) : (
                  <p>Every step is done. Well done!</p>
                )}
              </div>
            </div>
            <h3>Progress per tier</h3>
            <Bars
              label={`Progress per tier: ${progress.tiers.map((tier) => `${tier.title} ${Math.round(tier.percent)}%`).join(', ')}`}
              rows={progress.tiers.map((tier) => ({ label: tier.title, percent: tier.percent }))}
            />
            <h3>Your plan</h3>
            <p>
              {follow.hoursPerWeek} hours a week from {formatDay(plan.startDate)}: finish around{' '}
              {formatDay(plan.finishOn)}. <Link href={`/roadmaps/${slug}/plan`}>Change your pace</Link>
            </p>
            <Timeline
              stages={plan.stages.map((stage) => ({ ...stage, title: `${stage.month}. ${stage.title}` }))}
              label={`Your plan from ${formatDay(plan.startDate)} to ${formatDay(plan.finishOn)}`}
            />
            <p>
              <button
                type="button"
                onClick={() => {
                  setDownloadError(undefined);
                  download(`/v1/me/roadmaps/${encodeURIComponent(slug)}/plan.ics`, `${slug}-plan.ics`).then(
                    () => announce('Calendar downloaded'),
                    setDownloadError,
                  );
                }}
              >
                Download the plan as a calendar (.ics)
              </button>
            </p>
            {downloadError !== undefined && <ErrorMessage error={downloadError} />}
            <h3>Job-ready checklist</h3>
            <p>
              Readiness: <strong>{Math.round(progress.checklist.readiness)}%</strong> (
              {progress.checklist.counts.confident} confident, {progress.checklist.counts.partly} partly, of{' '}
              {progress.checklist.items}).
            </p>
            <Checklist roadmap={roadmap} progress={progress} onChange={reload} />
          </>
        )}
      </Show>
    </section>
  );
};

const Streak = () => {
  const { resource, reload } = useResource(() => call(api.GET('/v1/me/streak')), []);
  return (
    <section aria-labelledby="streak-heading" className="card">
      <h2 id="streak-heading">Your streak</h2>
      <Show resource={resource} reload={reload}>
        {(streak) => (
          <>
            {streak.longest === 0 ? (
              <p>No streak yet: each day you mark a step or write a note counts. Days count in {streak.timeZone}.</p>
            ) : (
              <p>
                <strong>
                  {streak.current} {streak.current === 1 ? 'day' : 'days'}
                </strong>{' '}
                in a row (longest: {streak.longest}). Days count in {streak.timeZone}.
              </p>
            )}
            <StreakCalendar days={streak.recentDays} today={streak.today} />
          </>
        )}
      </Show>
    </section>
  );
};

const Exports = () => {
  const [error, setError] = useState<unknown>();
  const get = (format: 'json' | 'csv') => {
    setError(undefined);
    download(`/v1/me/progress/export?format=${format}`, `waymark-progress.${format}`).then(
      () => announce('Export downloaded'),
      setError,
    );
  };
  return (
    <section aria-labelledby="export-heading" className="card">
      <h2 id="export-heading">Export your progress</h2>
      <p>
        <button type="button" onClick={() => get('json')}>
          Download as JSON
        </button>{' '}
        <button type="button" onClick={() => get('csv')}>
          Download as CSV (spreadsheet)
        </button>
      </p>
      {error !== undefined && <ErrorMessage error={error} />}
    </section>
  );
};

type Settings = Ok<'/v1/me/public-profile'>;

const ProfileSettingsForm = ({ initial }: { initial: Settings }) => {
  const [settings, setSettings] = useState(initial);
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    setSettings(await call(api.PUT('/v1/me/public-profile', { body: settings })));
    announce('Public profile saved');
  });
  const toggle = (key: 'enabled' | 'showProgress' | 'showStreak', label: string) => (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={settings[key]}
        onChange={(event) => setSettings({ ...settings, [key]: event.target.checked })}
      />{' '}
      {label}
    </label>
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      {toggle('enabled', 'Show a public profile')}
      <Field
        label="Handle"
        hint="3–30 letters, digits, - or _. Your profile's address is /u/ followed by it."
        value={settings.handle}
        onChange={(event) => setSettings({ ...settings, handle: event.target.value })}
        error={fieldError('/handle')}
        autoComplete="off"
      />
      {toggle('showProgress', 'Show the roadmaps I follow and how far I am')}
      {toggle('showStreak', 'Show my streak')}
      <TextAreaField
        label="About you (optional)"
        maxLength={500}
        rows={3}
        value={settings.bio ?? ''}
        onChange={(event) => setSettings({ ...settings, bio: event.target.value })}
        error={fieldError('/bio')}
      />
      <button type="submit" disabled={busy}>
        Save profile settings
      </button>
      {settings.enabled && initial.enabled && (
        <p>
          Your profile: <Link href={`/u/${settings.handle}`}>/u/{settings.handle}</Link>
        </p>
      )}
    </form>
  );
};

const PublicProfileSettings = () => {
  const { resource, reload } = useResource(async () => {
    try {
      return await call(api.GET('/v1/me/public-profile'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404)
        return { enabled: false, handle: '', showProgress: true, showStreak: true } satisfies Settings;
      throw error;
    }
  }, []);
  return (
    <section aria-labelledby="profile-heading" className="card">
      <h2 id="profile-heading">Public profile</h2>
      <p className="muted">Off unless you turn it on; only verified accounts can have one.</p>
      <Show resource={resource} reload={reload}>
        {(settings) => <ProfileSettingsForm initial={settings} />}
      </Show>
    </section>
  );
};

export const Dashboard = () => {
  usePageTitle('Dashboard');
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  const { resource, reload } = useResource(async () => {
    if (!signedIn) return [];
    return dashboardFollows();
  }, [signedIn]);
  if (session.status === 'checking')
    return (
      <>
        <h1>Dashboard</h1>
        <Loading fill />
      </>
    );
  if (!signedIn)
    return (
      <>
        <h1>Dashboard</h1>
        <p>
          {hasGuestProgress()
            ? 'Your progress so far is kept in this browser.'
            : 'Mark steps on a roadmap and your progress is kept in this browser.'}{' '}
          <Link href="/signup">Sign up</Link> or <Link href="/login">log in</Link> to keep it in your account, see your
          plan, streak and checklist readiness, and take it to any device.
        </p>
      </>
    );
  return (
    <>
      <h1>Dashboard</h1>
      <p className="lead">
        {isNewAccount() ? 'Welcome to Waymark' : 'Welcome back'}, {session.user.displayName}.
      </p>
      <p>
        <Link href="/cohorts">Your cohorts</Link>
        {allowed(session, 'cohorts:mentor') && (
          <>
            {' · '}
            <Link href="/mentor/cohorts">Cohorts you mentor</Link>
          </>
        )}
      </p>
      <Show resource={resource} reload={reload} placeholder={<Loading fill />}>
        {(followed) => {
          return followed.length === 0 ? (
            <Empty
              icon={<MapIcon />}
              hint="Follow one to plan it at your pace and see here how far you are."
              action={
                <Link href="/" className="button">
                  Pick a roadmap
                </Link>
              }
            >
              You do not follow a roadmap yet.
            </Empty>
          ) : (
            <>
              {followed.map((follow) => (
                <FollowedRoadmap key={follow.roadmap.slug} follow={follow} />
              ))}
            </>
          );
        }}
      </Show>
      <div className="grid-2">
        <Streak />
        <Exports />
      </div>
      <PublicProfileSettings />
    </>
  );
};
