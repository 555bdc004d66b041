// On the learner's cohort card: whether the cohort's automatic nudges reach them, with the switch to turn them off
// or on again. The nudge mail links here (/cohorts#cohort-<id>): once the card has drawn, the page scrolls to it.
import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import type { Ok } from '../api/types';
import { announce } from '../ui/announcer';
import { ErrorMessage, Loading, Show, useResource } from '../ui/states';

type MyNudges = Ok<'/v1/me/cohorts/{id}/nudges'>;

/** "behind the schedule by more than 7 days, or with no step moved for 14 days", or undefined when both are off. */
const rulesWords = ({ rules }: MyNudges) => {
  const parts = [
    rules.behind.enabled && `when you are behind the schedule by more than ${rules.behind.days} days`,
    rules.inactive.enabled && `when no step has moved for ${rules.inactive.days} days`,
  ].filter(Boolean);
  return parts.length === 0 ? undefined : parts.join(', or ');
};

const Choice = ({ cohortId, initial }: { cohortId: string; initial: MyNudges }) => {
  const [nudges, setNudges] = useState(initial);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const change = (enabled: boolean) => {
    setBusy(true);
    setError(undefined);
    call(api.PUT('/v1/me/cohorts/{id}/nudges', { params: { path: { id: cohortId } }, body: { enabled } })).then(
      (saved) => {
        setBusy(false);
        setNudges(saved);
        announce(enabled ? 'Nudges turned on' : 'Nudges turned off');
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };
  const words = rulesWords(nudges);
  return (
    <div className="nudge-choice">
      <p>
        {words === undefined
          ? 'This cohort sends no automatic nudges now.'
          : `This cohort sends a nudge at most once a week ${words}.`}
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={nudges.enabled}
          disabled={busy}
          onChange={(event) => change(event.target.checked)}
        />{' '}
        Send me this cohort's automatic nudges
      </label>
      {error !== undefined && <ErrorMessage error={error} />}
    </div>
  );
};

export const NudgeChoice = ({ cohortId }: { cohortId: string }) => {
  const { resource, reload } = useResource(
    () => call(api.GET('/v1/me/cohorts/{id}/nudges', { params: { path: { id: cohortId } } })),
    [cohortId],
  );
  const ready = resource.status === 'ready';
  useEffect(() => {
    if (ready && window.location.hash === `#cohort-${cohortId}`) {
      document.getElementById(`cohort-${cohortId}`)?.scrollIntoView();
    }
  }, [ready, cohortId]);
  return (
    <Show resource={resource} reload={reload} placeholder={<Loading label="Loading your nudges…" />}>
      {(nudges) => <Choice cohortId={cohortId} initial={nudges} />}
    </Show>
  );
};
