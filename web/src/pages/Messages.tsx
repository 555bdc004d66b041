// The learner's messages: what the mentors of their cohorts wrote to them and the nudges the cohorts' rules sent,
// newest first, each body rendered from its Markdown; the unread ones are marked and can be marked read.
import { useState } from 'react';
import { api, call } from '../api/client';
import { useSession } from '../api/session';
import type { Ok } from '../api/types';
import { messagesChanged } from '../cohorts/unread-messages';
import { Link } from '../router';
import { announce } from '../ui/announcer';
import { useLearnerTime } from '../ui/learner-time';
import { Markdown } from '../ui/Markdown';
import { usePageTitle } from '../ui/page';
import { Empty, ErrorMessage, Loading, Show, useResource } from '../ui/states';
import '../styles/cohorts.css';
import '../styles/messages.css';

type Message = Ok<'/v1/me/messages'>['items'][number];

/** Who the message is from, in words: a mentor by name, or the cohort itself for a nudge. */
const senderWords = (message: Message) => {
  if (message.kind === 'nudge') return `An automatic nudge from ${message.cohort.name}`;
  return `${message.from ?? 'A former mentor'}, mentor of ${message.cohort.name}`;
};

const MessageCard = ({ message, onRead }: { message: Message; onRead: () => void }) => {
  const { dateTime } = useLearnerTime();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const unread = message.readAt === null;
  const markRead = () => {
    setBusy(true);
    call(api.PUT('/v1/me/messages/{id}/read', { params: { path: { id: message.id } } })).then(
      () => {
        announce('Marked read');
        messagesChanged();
        onRead();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };
  return (
    <article className="card message" data-unread={unread} aria-labelledby={`message-${message.id}`}>
      <h2 id={`message-${message.id}`}>
        {message.subject} {unread && <span className="badge badge-accent">Unread</span>}
      </h2>
      <p className="message-meta">
        {senderWords(message)} · <time dateTime={message.sentAt}>{dateTime(message.sentAt)}</time>
      </p>
      <div className="message-body">
        <Markdown source={message.body} />
      </div>
      {message.kind === 'nudge' && (
        <p className="hint">
          Nudges come from the rules the cohort's mentors set. You can turn them off on{' '}
          <Link href={`/cohorts#cohort-${message.cohort.id}`}>your cohorts page</Link>.
        </p>
      )}
      {error !== undefined && <ErrorMessage error={error} />}
      {unread && (
        <button type="button" className="secondary small" onClick={markRead} disabled={busy}>
          Mark read<span className="visually-hidden">: {message.subject}</span>
        </button>
      )}
    </article>
  );
};

const MessageList = () => {
  const { resource, reload } = useResource(() => call(api.GET('/v1/me/messages')), []);
  return (
    <Show resource={resource} reload={reload} placeholder={<Loading label="Loading your messages…" />}>
      {({ unread, items }) =>
        items.length === 0 ? (
          <Empty hint="When the mentors of a cohort you belong to write to you, their messages appear here.">
            You have no messages.
          </Empty>
        ) : (
          <>
            <p role="status">
              {unread === 0 ? 'All read.' : unread === 1 ? 'One unread message.' : `${unread} unread messages.`}
            </p>
            {items.map((message) => (
              <MessageCard key={message.id} message={message} onRead={reload} />
            ))}
          </>
        )
      }
    </Show>
  );
};

export const Messages = () => {
  usePageTitle('Messages');
  const session = useSession();
  if (session.status === 'checking') return <Loading fill />;
  return (
    <>
      <h1>Messages</h1>
      {session.status === 'signed-out' ? (
        <p>
          <Link href="/login?next=/messages">Log in</Link> to read the messages from your cohorts.
        </p>
      ) : (
        <MessageList />
      )}
    </>
  );
};
