// The plan calculator: hours a week in, months, stage dates and the finish date out, drawn as a timeline. A learner
// who follows the roadmap can keep the new pace.
import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import { useSession } from '../api/session';
import type { PlanPreview } from '../api/types';
import { CohortDueDates } from '../cohorts/CohortDueDates';
import { formatDay, today } from '../dates';
import { guestRoadmap, setGuestPace } from '../guest';
import { Link } from '../router';
import { announce } from '../ui/announcer';
import { Timeline } from '../ui/charts';
import { Field, FormError, SubmitButton, useForm, useSubmit } from '../ui/forms';
import { useLearnerTime } from '../ui/learner-time';
import { usePageTitle } from '../ui/page';
import { ErrorMessage, Loading } from '../ui/states';

const DEFAULT_HOURS = 15;

const monthsText = (months: number) => `${Math.round(months * 10) / 10} months`;

export const PlanPage = ({ slug }: { slug: string }) => {
  usePageTitle('Plan your pace');
  const session = useSession();
  const signedIn = session.status === 'signed-in';
  const { timeZone } = useLearnerTime();
  const [following, setFollowing] = useState(false);
  const [plan, setPlan] = useState<PlanPreview>();
  const [loadError, setLoadError] = useState<unknown>();

  const form = useForm(
    { hoursPerWeek: String(guestRoadmap(slug).hoursPerWeek ?? DEFAULT_HOURS), startDate: today() },
    async ({ hoursPerWeek, startDate }) => {
      const preview = await call(
        api.GET('/v1/roadmaps/{slug}/plan', {
          params: { path: { slug }, query: { hoursPerWeek: Number(hoursPerWeek), startDate } },
        }),
      );
      setPlan(preview);
      announce(
        `At ${preview.hoursPerWeek} hours a week: ${monthsText(preview.months)}, finishing ${formatDay(preview.finishOn)}`,
      );
      if (!signedIn) setGuestPace(slug, preview.hoursPerWeek);
    },
  );

  // The first plan: at the pace the learner follows with, or the visitor chose before, or a common one.
  useEffect(() => {
    if (session.status === 'checking') return;
    let current = true;
    (async () => {
      let pace = Number(form.values.hoursPerWeek);
      let start = form.values.startDate;
      if (signedIn) {
        const { items } = await call(api.GET('/v1/me/roadmaps'));
        const follow = items.find((item) => item.roadmap.slug === slug && item.following);
        if (follow) {
          pace = follow.hoursPerWeek;
          start = follow.startDate;
          if (current) {
            setFollowing(true);
            form.set('hoursPerWeek', String(pace));
            form.set('startDate', start);
          }
        } else if (start === today()) {
          // A new plan starts today where the learner is, which may be tomorrow or yesterday on this device.
          start = today(timeZone);
          if (current) form.set('startDate', start);
        }
      }
      const preview = await call(
        api.GET('/v1/roadmaps/{slug}/plan', {
          params: { path: { slug }, query: { hoursPerWeek: pace, startDate: start } },
        }),
      );
      if (current) setPlan(preview);
    })().catch((failure: unknown) => current && setLoadError(failure));
    return () => {
      current = false;
    };
    // Only when who is asking changes: later changes come from the form.
  }, [slug, session.status]);

  const save = useSubmit(async () => {
    await call(
      api.PUT('/v1/me/roadmaps/{slug}', {
        params: { path: { slug } },
        body: { hoursPerWeek: Number(form.values.hoursPerWeek), startDate: form.values.startDate },
      }),
    );
    setFollowing(true);
    announce(`Saved: you follow this roadmap at ${form.values.hoursPerWeek} hours a week`);
  });

  return (
    <>
      <p className="breadcrumb">
        <Link href={`/roadmaps/${slug}`}>Back to the roadmap</Link>
      </p>
      <h1>Plan your pace{plan ? `: ${plan.roadmap.title}` : ''}</h1>
      <form onSubmit={form.onSubmit} className="plan-form" noValidate>
        <FormError error={form.error} />
        <Field
          label="Hours a week"
          type="number"
          inputMode="decimal"
          min={1}
          max={80}
          step={0.5}
          {...form.field('hoursPerWeek')}
        />
        <Field label="Start date" type="date" {...form.field('startDate')} />
        <SubmitButton busy={form.busy} busyLabel="Working it out…">
          Update plan
        </SubmitButton>
      </form>
      {loadError !== undefined && <ErrorMessage error={loadError} />}
      {plan === undefined && loadError === undefined && <Loading />}
      {/* A plan for the hours asked before would read as the answer to the ones that were refused. */}
      {plan && form.error === undefined && (
        <section aria-labelledby="plan-result" className="plan-result">
          <h2 id="plan-result">Your plan</h2>
          <p className="big-figure" data-testid="plan-months">
            {monthsText(plan.months)}
          </p>
          <p>
            At {plan.hoursPerWeek} hours a week, starting {formatDay(plan.startDate)}, you finish around{' '}
            <strong>{formatDay(plan.finishOn)}</strong>.
          </p>
          <Timeline
            stages={plan.stages.map((stage) => ({ ...stage, title: `${stage.month}. ${stage.title}` }))}
            label={`Timeline: ${plan.stages.length} stages from ${formatDay(plan.startDate)} to ${formatDay(plan.finishOn)}`}
          />
          <ol className="stages">
            {plan.stages.map((stage) => (
              <li key={stage.month}>
                <strong>{stage.title}</strong>: {formatDay(stage.startsOn)} – {formatDay(stage.endsOn)}
              </li>
            ))}
          </ol>
          {signedIn ? (
            <form onSubmit={save.onSubmit}>
              <FormError error={save.error} />
              <button type="submit" disabled={save.busy}>
                {following ? 'Keep this pace' : 'Follow this roadmap at this pace'}
              </button>
            </form>
          ) : (
            <p>
              <Link href="/signup">Sign up</Link> to follow this plan and see whether you are on track.
            </p>
          )}
        </section>
      )}
      {signedIn && <CohortDueDates slug={slug} />}
    </>
  );
};
