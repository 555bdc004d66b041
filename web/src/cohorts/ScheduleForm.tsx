// The cohort's schedule, each stage's due date editable. Every stage is sent in order, so the API's pointer
// /stages/{i}/dueOn names the i-th field here.
import { useState } from 'react';
import { api, call } from '../api/client';
import { formatDay } from '../dates';
import { announce } from '../ui/announcer';
import { Field, FormError, SubmitButton, useSubmit } from '../ui/forms';
import type { MentoredCohort } from './member-progress';

export const ScheduleForm = ({ cohort, onSaved }: { cohort: MentoredCohort; onSaved: () => void }) => {
  const [dates, setDates] = useState(() => cohort.stages.map((stage) => stage.dueOn));
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    const stages = cohort.stages.map((stage, index) => ({ month: stage.month, dueOn: dates[index] ?? '' }));
    await call(api.PATCH('/v1/cohorts/{id}/schedule', { params: { path: { id: cohort.id } }, body: { stages } }));
    announce('Due dates saved');
    onSaved();
  });
  if (cohort.archived)
    return (
      <ul>
        {cohort.stages.map((stage) => (
          <li key={stage.month}>
            Month {stage.month}, {stage.title}: due {formatDay(stage.dueOn)}
          </li>
        ))}
      </ul>
    );
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="schedule">
      <FormError error={error} />
      <p className="hint">Each due date must come after the one before it, and the first on or after the start date.</p>
      {cohort.stages.map((stage, index) => (
        <Field
          key={stage.month}
          label={`Month ${stage.month}: ${stage.title}, due`}
          type="date"
          required
          value={dates[index] ?? ''}
          onChange={(event) => {
            const next = [...dates];
            next[index] = event.target.value;
            setDates(next);
          }}
          error={fieldError(`/stages/${index}/dueOn`)}
        />
      ))}
      <SubmitButton busy={busy} busyLabel="Saving…">
        Save the due dates
      </SubmitButton>
    </form>
  );
};
