import { Type, type Static } from 'typebox';

export const NewCohortMessage = Type.Object(
  {
    subject: Type.String({ minLength: 1, maxLength: 200, description: 'One line, the subject of the mail too' }),
    body: Type.String({ minLength: 1, maxLength: 5000, description: 'The message, in Markdown' }),
    to: Type.Optional(
      Type.String({ format: 'uuid', description: 'One current member, by user id; left out: every current member' }),
    ),
  },
  { additionalProperties: false },
);
export type NewCohortMessage = Static<typeof NewCohortMessage>;

export const CohortMessageSent = Type.Object({
  id: Type.String({ format: 'uuid' }),
  recipients: Type.Integer({ description: 'How many members got it, in the app and by mail' }),
  sentAt: Type.String({ format: 'date-time' }),
});

export const MyMessage = Type.Object({
  id: Type.String({ format: 'uuid' }),
  cohort: Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() }),
  kind: Type.Union([Type.Literal('message'), Type.Literal('nudge')], {
    description: 'message: written by a mentor; nudge: sent automatically by the cohort’s rules (decision 0043)',
  }),
  from: Type.Union([Type.String({ description: 'The mentor’s display name' }), Type.Null()], {
    description: 'Null for a nudge, and once the mentor’s account is gone',
  }),
  subject: Type.String(),
  body: Type.String({ description: 'Markdown' }),
  sentAt: Type.String({ format: 'date-time' }),
  readAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type MyMessage = Static<typeof MyMessage>;

export const MyMessageList = Type.Object({
  unread: Type.Integer({ description: 'How many of all your messages are unread' }),
  items: Type.Array(MyMessage, { description: 'The newest 100 (or the newest 100 unread)' }),
});

export const MyMessagesQuery = Type.Object(
  { unread: Type.Optional(Type.Boolean({ description: 'Only the unread ones' })) },
  { additionalProperties: false },
);

export const MessageParams = Type.Object(
  { id: Type.String({ format: 'uuid', description: 'The message id' }) },
  { additionalProperties: false },
);
