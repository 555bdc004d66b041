// The learner's project for a step, on the step page: shown only to someone in a cohort on the roadmap (or who was,
// and has submissions to look back on). The latest submission with its review thread, the form to submit (again),
// and the earlier submissions, kept as they were.
import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { announce } from '../ui/announcer';
import { Field, FormError, TextAreaField, useForm } from '../ui/forms';
import { useLearnerTime } from '../ui/learner-time';
import { ErrorMessage } from '../ui/states';
import { CommentForm, Replies, StatusBadge, SubmissionDetails, type Submission } from './submission-parts';

type Thread = Ok<'/v1/me/roadmaps/{slug}/steps/{stepId}/submissions'>;

const SubmissionForm = ({
  slug,
  stepId,
  again,
  onSubmitted,
}: {
  slug: string;
  stepId: string;
  again: boolean;
  onSubmitted: () => void;
}) => {
  const form = useForm({ repositoryUrl: '', deployedUrl: '', notes: '' }, async (values) => {
    await call(
      api.POST('/v1/me/roadmaps/{slug}/steps/{stepId}/submissions', {
        params: { path: { slug, stepId } },
        body: {
          repositoryUrl: values.repositoryUrl.trim(),
          ...(values.deployedUrl.trim() === '' ? {} : { deployedUrl: values.deployedUrl.trim() }),
          ...(values.notes === '' ? {} : { notes: values.notes }),
        },
      }),
    );
    form.set('repositoryUrl', '');
    form.set('deployedUrl', '');
    form.set('notes', '');
    announce('Your project is submitted: your mentors will review it.');
    onSubmitted();
  });
  return (
    <form className="submission-form" onSubmit={form.onSubmit} noValidate>
      {again ? (
        <p className="hint">Your earlier submissions and their reviews stay below.</p>
      ) : (
        <h3>Submit your project</h3>
      )}
      <FormError error={form.error} />
      <Field
        label="Where the code is"
        hint="The address of the repository, starting with https://"
        type="url"
        inputMode="url"
        required
        maxLength={2000}
        {...form.field('repositoryUrl')}
      />
      <Field
        label="Where it runs (optional)"
        hint="If you deployed it, its address."
        type="url"
        inputMode="url"
        maxLength={2000}
        {...form.field('deployedUrl')}
      />
      <TextAreaField
        label="Notes for your mentor (optional)"
        hint="What you built, what you would like feedback on. Markdown works."
        rows={4}
        maxLength={5000}
        {...form.field('notes')}
      />
      <button type="submit" disabled={form.busy}>
        {form.busy ? 'Submitting…' : 'Submit for review'}
      </button>
    </form>
  );
};

const SubmissionCard = ({
  submission,
  heading,
  onCommented,
}: {
  submission: Submission;
  heading: string;
  onCommented?: (() => void) | undefined;
}) => (
  <div className="card submission-current">
    <h3>
      {heading} <StatusBadge submission={submission} />
    </h3>
    <SubmissionDetails submission={submission} />
    <h4>Reviews and comments</h4>
    <Replies submission={submission} />
    {onCommented !== undefined && (
      <CommentForm submissionId={submission.id} label="Reply to your mentors" onSaved={onCommented} />
    )}
  </div>
);

export const StepSubmission = ({ slug, stepId }: { slug: string; stepId: string }) => {
  const { date } = useLearnerTime();
  const [thread, setThread] = useState<Thread>();
  const [error, setError] = useState<unknown>();
  const load = () =>
    call(api.GET('/v1/me/roadmaps/{slug}/steps/{stepId}/submissions', { params: { path: { slug, stepId } } })).then(
      setThread,
      setError,
    );
  useEffect(() => {
    setThread(undefined);
    void load();
  }, [slug, stepId]);

  if (error !== undefined) return <ErrorMessage error={error} retry={() => void load()} />;
  if (thread === undefined || (thread.cohorts.length === 0 && thread.items.length === 0)) return null;
  const [latest, ...earlier] = thread.items;
  const reviewing = thread.cohorts.length > 0;
  return (
    <section aria-labelledby="project" className="step-project">
      <h2 id="project">Your project</h2>
      {reviewing ? (
        <p>
          Show what you built for this step: the mentors of {thread.cohorts.map((cohort) => cohort.name).join(', ')}{' '}
          review it, and you can answer them here.
        </p>
      ) : (
        <p className="hint">
          You are in no running cohort on this roadmap now, so no mentor reviews new submissions. Your earlier ones stay
          here.
        </p>
      )}
      {latest !== undefined && (
        <SubmissionCard
          submission={latest}
          heading="Your latest submission"
          onCommented={reviewing ? () => void load() : undefined}
        />
      )}
      {reviewing &&
        (latest === undefined ? (
          <SubmissionForm slug={slug} stepId={stepId} again={false} onSubmitted={() => void load()} />
        ) : (
          // Open when the mentor asked for changes: submitting again is then what comes next.
          <details className="submission-again" open={latest.status === 'changes_requested'}>
            <summary>Submit a newer version</summary>
            <SubmissionForm slug={slug} stepId={stepId} again onSubmitted={() => void load()} />
          </details>
        ))}
      {earlier.length > 0 && (
        <details className="submission-earlier">
          <summary>Earlier submissions ({earlier.length})</summary>
          {earlier.map((submission) => (
            <SubmissionCard
              key={submission.id}
              submission={submission}
              heading={`Submitted ${date(submission.submittedAt)}`}
            />
          ))}
        </details>
      )}
    </section>
  );
};
