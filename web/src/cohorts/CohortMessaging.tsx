// Reaching a cohort's members from its mentor page: a message to everyone or to one member (in their messages and by
// mail), and the rules of the automatic nudges the cohort sends (decisions 0040 and 0043).
import { useState } from 'react';
import { api, call } from '../api/client';
import type { Body } from '../api/types';
import { announce } from '../ui/announcer';
import { Field, FormError, SelectField, SubmitButton, TextAreaField, useForm, useSubmit } from '../ui/forms';
import { Loading, Show, useResource } from '../ui/states';
import type { MentoredCohort } from './member-progress';

type Rules = Body<'/v1/cohorts/{id}/nudges', 'put'>;
type Props = { cohort: MentoredCohort };

const MessageForm = ({ cohort }: Props) => {
  const members = useResource(
    () => call(api.GET('/v1/cohorts/{id}/members', { params: { path: { id: cohort.id }, query: { limit: 100 } } })),
    [cohort.id],
  );
  const [sent, setSent] = useState<string>();
  const { field, onSubmit, busy, error, set } = useForm({ to: '', subject: '', body: '' }, async ({ to, ...rest }) => {
    setSent(undefined);
    const result = await call(
      api.POST('/v1/cohorts/{id}/messages', {
        params: { path: { id: cohort.id } },
        body: { ...rest, ...(to === '' ? {} : { to }) },
      }),
    );
    const words = `Message sent to ${result.recipients === 1 ? 'one member' : `${result.recipients} members`}`;
    setSent(words);
    announce(words);
    set('subject', '');
    set('body', '');
  });
  const people = members.resource.status === 'ready' ? members.resource.data.items : [];
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="write-message">
      <h3 id="write-message">Write to the members</h3>
      <FormError error={error} />
      <SelectField label="To" {...field('to')}>
        <option value="">Everyone in the cohort</option>
        {people.map((member) => (
          <option key={member.userId} value={member.userId}>
            {member.displayName}
          </option>
        ))}
      </SelectField>
      <Field label="Subject" maxLength={200} {...field('subject')} />
      <TextAreaField
        label="Message"
        hint="Markdown works: **bold**, *italics*, lists and [links](https://example.org). It goes by mail as you write it."
        rows={6}
        maxLength={5000}
        {...field('body')}
      />
      <SubmitButton busy={busy} busyLabel="Sending…">
        Send the message
      </SubmitButton>
      {sent && <p role="status">{sent}.</p>}
    </form>
  );
};

const RuleFields = ({
  name,
  legend,
  daysLabel,
  rule,
  max,
  onChange,
  error,
}: {
  name: 'behind' | 'inactive';
  legend: string;
  daysLabel: string;
  rule: Rules['behind'];
  max: number;
  onChange: (rule: Rules['behind']) => void;
  error: ReturnType<ReturnType<typeof useSubmit>['fieldError']>;
}) => (
  <fieldset>
    <legend>{legend}</legend>
    <label className="checkbox">
      <input
        type="checkbox"
        checked={rule.enabled}
        onChange={(e) => onChange({ ...rule, enabled: e.target.checked })}
      />{' '}
      On
    </label>
    <Field
      label={daysLabel}
      type="number"
      inputMode="numeric"
      min={1}
      max={max}
      step={1}
      value={Number.isNaN(rule.days) ? '' : String(rule.days)}
      onChange={(e) => onChange({ ...rule, days: e.target.valueAsNumber })}
      error={error}
      name={name}
    />
  </fieldset>
);

const NudgeRulesForm = ({ cohort, initial }: Props & { initial: Rules }) => {
  const [rules, setRules] = useState(initial);
  const { onSubmit, busy, error, fieldError } = useSubmit(async () => {
    setRules(await call(api.PUT('/v1/cohorts/{id}/nudges', { params: { path: { id: cohort.id } }, body: rules })));
    announce('Nudges saved');
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="nudges">
      <h3 id="nudges">Automatic nudges</h3>
      <p>
        Once a day, Waymark writes to each member a rule matches, on behalf of the cohort — at most once a week for each
        rule. Members can turn nudges off for themselves.
      </p>
      <FormError error={error} />
      <RuleFields
        name="behind"
        legend="Members behind the schedule"
        daysLabel="When behind by more than (days)"
        rule={rules.behind}
        max={60}
        onChange={(behind) => setRules({ ...rules, behind })}
        error={fieldError('/behind/days')}
      />
      <RuleFields
        name="inactive"
        legend="Members who have gone quiet"
        daysLabel="When no step has moved for (days)"
        rule={rules.inactive}
        max={90}
        onChange={(inactive) => setRules({ ...rules, inactive })}
        error={fieldError('/inactive/days')}
      />
      <SubmitButton busy={busy} busyLabel="Saving…">
        Save the nudges
      </SubmitButton>
    </form>
  );
};

export const CohortMessaging = ({ cohort }: Props) => {
  const rules = useResource(
    () => call(api.GET('/v1/cohorts/{id}/nudges', { params: { path: { id: cohort.id } } })),
    [cohort.id],
  );
  return (
    <section aria-labelledby="messages" className="card cohort-parts">
      <h2 id="messages">Messages and nudges</h2>
      {cohort.archived ? (
        <p>The cohort is archived: it sends no more messages or nudges.</p>
      ) : (
        <>
          <MessageForm cohort={cohort} />
          <Show resource={rules.resource} reload={rules.reload} placeholder={<Loading label="Loading the nudges…" />}>
            {(initial) => <NudgeRulesForm cohort={cohort} initial={initial} />}
          </Show>
        </>
      )}
    </section>
  );
};
