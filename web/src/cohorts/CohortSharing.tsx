// Bringing people into a cohort: mailed invites, the join code (on, off, a new one) with the link to share, another
// mentor; and archiving it, after a confirm.
import { useState } from 'react';
import { api, call } from '../api/client';
import { ApiError } from '../api/errors';
import { announce } from '../ui/announcer';
import { copyText } from '../ui/copy-link';
import { Dialog } from '../ui/dialog';
import { EmailField, FormError, SubmitButton, TextAreaField, useForm, useSubmit } from '../ui/forms';
import { ErrorMessage } from '../ui/states';
import type { MentoredCohort } from './member-progress';

type Props = { cohort: MentoredCohort; onChanged: () => void };

const addressesIn = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

/** The API names each address by its place (/emails/3); the form has one field for them all. */
const onTheAddressField = (failure: unknown): never => {
  if (failure instanceof ApiError && failure.problem?.errors)
    for (const error of failure.problem.errors) if (error.pointer.startsWith('/emails')) error.pointer = '/emails';
  throw failure;
};

export const InviteForm = ({ cohort }: Props) => {
  const [sent, setSent] = useState<string>();
  const { field, onSubmit, busy, error, set } = useForm({ emails: '' }, async ({ emails }) => {
    setSent(undefined);
    const result = await call(
      api.POST('/v1/cohorts/{id}/invites', {
        params: { path: { id: cohort.id } },
        body: { emails: [...new Set(addressesIn(emails))] },
      }),
    ).catch(onTheAddressField);
    const words = `${result.invited === 1 ? 'One invite' : `${result.invited} invites`} sent`;
    setSent(words);
    announce(words);
    set('emails', '');
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="invite">
      <h3 id="invite">Invite by email</h3>
      <FormError error={error} />
      <TextAreaField
        label="Addresses"
        hint="One or more, separated by spaces, commas or new lines. Each gets its own link, which works once, for 14 days."
        rows={3}
        {...field('emails')}
      />
      <SubmitButton busy={busy} busyLabel="Sending…">
        Send the invites
      </SubmitButton>
      {sent && <p role="status">{sent}.</p>}
    </form>
  );
};

export const JoinCodeControls = ({ cohort, onChanged }: Props) => {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const link = cohort.joinCode === null ? '' : `${window.location.origin}/cohorts/join?code=${cohort.joinCode}`;
  const change = (turnOn: boolean, words: string) => {
    setBusy(true);
    setError(undefined);
    const path = { params: { path: { id: cohort.id } } };
    call(turnOn ? api.POST('/v1/cohorts/{id}/join-code', path) : api.DELETE('/v1/cohorts/{id}/join-code', path)).then(
      () => {
        setBusy(false);
        announce(words);
        onChanged();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };
  return (
    <section aria-labelledby="join-code">
      <h3 id="join-code">Join code</h3>
      {cohort.joinCode === null ? (
        <p>Joining by code is off. Turn it on to get a code and a link anyone you give them to can join with.</p>
      ) : (
        <>
          <p>
            Join code: <code className="join-code">{cohort.joinCode}</code>
          </p>
          <p>
            Link to share: <code className="join-link">{link}</code>{' '}
            <button
              type="button"
              className="secondary small"
              onClick={() =>
                void copyText(link).then((copied) => announce(copied ? 'Link copied' : `The link is ${link}`))
              }
            >
              Copy the link
            </button>
          </p>
        </>
      )}
      {error !== undefined && <ErrorMessage error={error} />}
      {!cohort.archived && (
        <p className="cohort-actions">
          {cohort.joinCode === null ? (
            <button type="button" onClick={() => change(true, 'Joining by code is on')} disabled={busy}>
              Turn on joining by code
            </button>
          ) : (
            <>
              <button type="button" className="secondary" onClick={() => change(true, 'New join code')} disabled={busy}>
                Make a new code
              </button>{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => change(false, 'Joining by code is off')}
                disabled={busy}
              >
                Turn off joining by code
              </button>
            </>
          )}
        </p>
      )}
    </section>
  );
};

export const AddMentorForm = ({ cohort, onChanged }: Props) => {
  const { field, onSubmit, busy, error, set } = useForm({ email: '' }, async ({ email }) => {
    await call(api.POST('/v1/cohorts/{id}/mentors', { params: { path: { id: cohort.id } }, body: { email } }));
    announce('Mentor added');
    set('email', '');
    onChanged();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="add-mentor">
      <h3 id="add-mentor">Add a mentor</h3>
      <FormError error={error} />
      <EmailField label="Mentor's email" hint="Of an account with the mentor or admin role." {...field('email')} />
      <SubmitButton busy={busy} busyLabel="Adding…">
        Add the mentor
      </SubmitButton>
    </form>
  );
};

export const ArchiveControl = ({ cohort, onChanged }: Props) => {
  const [confirming, setConfirming] = useState(false);
  const { onSubmit, busy, error } = useSubmit(async () => {
    await call(api.POST('/v1/cohorts/{id}/archive', { params: { path: { id: cohort.id } } }));
    announce('Cohort archived');
    setConfirming(false);
    onChanged();
  });
  if (cohort.archived) return null;
  return (
    <section aria-labelledby="archive">
      <h3 id="archive">Archive</h3>
      <p>When the cohort has ended: its schedule and members stay readable, and nothing in it changes any more.</p>
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        Archive the cohort
      </button>
      {confirming && (
        <Dialog title={`Archive “${cohort.name}”?`} onClose={() => setConfirming(false)}>
          {() => (
            <form onSubmit={onSubmit}>
              <p>
                The join code stops working, and the schedule, the mentors and the invites can no longer change. This
                cannot be undone. Members can still leave.
              </p>
              <FormError error={error} />
              <div className="dialog-actions">
                <SubmitButton busy={busy} busyLabel="Archiving…" className="danger">
                  Archive it
                </SubmitButton>
                <button type="button" className="secondary" onClick={() => setConfirming(false)} data-autofocus>
                  Keep it open
                </button>
              </div>
            </form>
          )}
        </Dialog>
      )}
    </section>
  );
};
