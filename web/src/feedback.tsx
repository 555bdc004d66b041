// "Was this helpful?": a Yes / No answer on one part of a roadmap, sent at once, then optional reasons and a comment
// for the editors. No account needed: the API keeps a visitor's vote under a signed cookie, and voting again on the
// same part changes the vote. What a reader typed stays in the form whatever happens to the request. On a roadmap each
// section asks it behind a small "Rate this section" button (RateThisSection).
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api, call } from './api/client';
import { ApiError, messageOf } from './api/errors';
import type { Body } from './api/types';
import { announce } from './ui/announcer';
import { FieldMessage, FormError, TextAreaField } from './ui/forms';
import { ErrorMessage } from './ui/states';

export type Reason = NonNullable<Body<'/v1/feedback', 'post'>['reasons']>[number];

export const REASON_LABELS: Record<Reason, string> = {
  clear: 'Clear',
  accurate: 'Accurate',
  'well-paced': 'Well paced',
  'good-resources': 'Good resources',
  unclear: 'Unclear',
  outdated: 'Out of date',
  'too-fast': 'Too fast',
  'too-slow': 'Too slow',
  'missing-topic': 'A topic is missing',
  'broken-link': 'A link is broken',
  wrong: 'Something is wrong',
};
const GOOD_REASONS: Reason[] = ['clear', 'accurate', 'well-paced', 'good-resources'];
const BAD_REASONS: Reason[] = ['unclear', 'outdated', 'too-fast', 'too-slow', 'missing-topic', 'broken-link', 'wrong'];
const COMMENT_MAX_LENGTH = 1000;

export type Counts = { helpful: number; notHelpful: number };

/** The public counts of one roadmap (or one of its targets), fetched again after the reader votes. */
export const useFeedbackCounts = (roadmap: string, target?: string) => {
  const [counts, setCounts] = useState<ReadonlyMap<string, Counts>>(new Map());
  const refresh = useCallback(() => {
    call(api.GET('/v1/feedback/summary', { params: { query: { roadmap, ...(target ? { target } : {}) } } })).then(
      (summary) => setCounts(new Map(summary.items.map((item) => [item.target, item]))),
      // The counts are a courtesy: without them the page, and voting, work all the same.
      () => undefined,
    );
  }, [roadmap, target]);
  useEffect(refresh, [refresh]);
  return { counts, refresh };
};

const countsText = ({ helpful, notHelpful }: Counts) =>
  `${helpful} ${helpful === 1 ? 'reader' : 'readers'} found this helpful, ${notHelpful} did not.`;

const sendFeedback = (body: Body<'/v1/feedback', 'post'>) => call(api.POST('/v1/feedback', { body }));

export const WasThisHelpful = ({
  roadmap,
  target,
  about,
  counts,
  onVoted,
}: {
  roadmap: string;
  target: string;
  /** What the question is about, for screen readers and the announcements ("A short history"). */
  about: string;
  counts: Counts | undefined;
  onVoted: () => void;
}) => {
  const id = useId();
  const [answer, setAnswer] = useState<boolean>();
  const [voting, setVoting] = useState(false);
  const [voteError, setVoteError] = useState<unknown>();
  const [reasons, setReasons] = useState<Reason[]>([]);
  const [comment, setComment] = useState('');
  const [website, setWebsite] = useState('');
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<unknown>();
  const [told, setTold] = useState(false);
  // Once sent, the form gives way to a thank-you, which takes the focus the Send button had.
  const thanks = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (told) thanks.current?.focus();
  }, [told]);

  const vote = (helpful: boolean) => {
    if (voting) return;
    setVoting(true);
    setVoteError(undefined);
    sendFeedback({ roadmap, target, helpful }).then(
      () => {
        setVoting(false);
        if (answer !== helpful) setReasons([]);
        setAnswer(helpful);
        setTold(false);
        announce(`Thank you: your answer on “${about}” is saved.`);
        onVoted();
      },
      (failure: unknown) => {
        setVoting(false);
        setVoteError(failure);
        announce(messageOf(failure));
      },
    );
  };

  const tellMore = (event: FormEvent) => {
    event.preventDefault();
    if (answer === undefined) return;
    setSending(true);
    setSendError(undefined);
    const text = comment.trim();
    sendFeedback({
      roadmap,
      target,
      helpful: answer,
      ...(reasons.length > 0 ? { reasons } : {}),
      ...(text ? { comment: text } : {}),
      ...(website ? { website } : {}),
    }).then(
      () => {
        setSending(false);
        setTold(true);
        setComment('');
        announce(text ? 'Thank you: the editors will read your comment.' : 'Thank you: your reasons are saved.');
      },
      (failure: unknown) => {
        setSending(false);
        setSendError(failure);
        announce(messageOf(failure));
      },
    );
  };

  const fieldError = (pointer: string) =>
    sendError instanceof ApiError
      ? sendError.problem?.errors?.find((error) => error.pointer === pointer || error.pointer.startsWith(`${pointer}/`))
      : undefined;
  const reasonsError = fieldError('/reasons');
  const choices = answer ? GOOD_REASONS : BAD_REASONS;

  return (
    <fieldset className="helpful">
      <legend>
        Was this helpful?<span className="visually-hidden"> ({about})</span>
      </legend>
      <div className="helpful-answers">
        {/* Not disabled while sending: a disabled button would drop the keyboard focus. */}
        <button type="button" className="secondary" aria-pressed={answer === true} onClick={() => vote(true)}>
          {answer === true && <span aria-hidden="true">✓ </span>}Yes
        </button>
        <button type="button" className="secondary" aria-pressed={answer === false} onClick={() => vote(false)}>
          {answer === false && <span aria-hidden="true">✓ </span>}No
        </button>
        {counts && (counts.helpful > 0 || counts.notHelpful > 0) && (
          <p className="muted helpful-counts">{countsText(counts)}</p>
        )}
      </div>
      {voteError !== undefined && <ErrorMessage error={voteError} />}
      {answer !== undefined &&
        (told ? (
          <p className="notice" tabIndex={-1} ref={thanks}>
            Thank you for telling us more.
          </p>
        ) : (
          <form className="helpful-more" onSubmit={tellMore} noValidate>
            <FormError error={sendError} />
            <fieldset aria-describedby={reasonsError ? `${id}-reasons-error` : undefined}>
              <legend>{answer ? 'What was good? (optional)' : 'What was the matter? (optional)'}</legend>
              <div className="helpful-reasons">
                {choices.map((reason) => (
                  <label key={reason} className="checkbox">
                    <input
                      type="checkbox"
                      checked={reasons.includes(reason)}
                      onChange={(event) =>
                        setReasons((chosen) =>
                          event.target.checked ? [...chosen, reason] : chosen.filter((r) => r !== reason),
                        )
                      }
                    />{' '}
                    {REASON_LABELS[reason]}
                  </label>
                ))}
              </div>
              <FieldMessage id={`${id}-reasons-error`} label="Reasons" error={reasonsError} />
            </fieldset>
            <TextAreaField
              label="Comment for the editors (optional)"
              hint={`Only the editors read it. At most ${COMMENT_MAX_LENGTH.toLocaleString('en')} characters and 3 links.`}
              rows={3}
              maxLength={COMMENT_MAX_LENGTH}
              value={comment}
              error={fieldError('/comment')}
              onChange={(event) => setComment(event.target.value)}
            />
            {/* Hidden from people (off screen, out of the tab order, not read out); bots fill it in. */}
            <div className="honeypot" aria-hidden="true">
              <label htmlFor={`${id}-website`}>Website</label>
              <input
                id={`${id}-website`}
                tabIndex={-1}
                autoComplete="off"
                value={website}
                onChange={(event) => setWebsite(event.target.value)}
              />
            </div>
            <button type="submit" disabled={sending}>
              {sending ? 'Sending…' : 'Send'}
            </button>
          </form>
        ))}
    </fieldset>
  );
};

/**
 * The same question on a part of a long page, folded away behind one small button, so that a page with many parts
 * does not stop the reader with it after each of them. Once opened it stays as the reader left it.
 */
export const RateThisSection = (props: Parameters<typeof WasThisHelpful>[0]) => {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <div className="rate-section">
      <button
        type="button"
        className="rate-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
          setOpened(true);
        }}
      >
        Rate this section<span className="visually-hidden"> ({props.about})</span>
      </button>
      <div id={id} hidden={!open}>
        {opened && <WasThisHelpful {...props} />}
      </div>
    </div>
  );
};
