import { Type } from 'typebox';
import { Href, Named } from '../feedback/feedback.schemas.ts';
import { Cursor, Limit } from '../roadmaps/roadmaps.schemas.ts';

export const ListAuditQuery = Type.Object(
  {
    action: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'e.g. auth.login_failed' })),
    actorId: Type.Optional(Type.String({ format: 'uuid' })),
    subjectId: Type.Optional(Type.String({ format: 'uuid' })),
    limit: Type.Optional(Limit),
    cursor: Type.Optional(Cursor),
  },
  { additionalProperties: false },
);

export const AuditPerson = Type.Object(
  {
    id: Type.String(),
    name: Type.String({ description: 'Display name; "a removed account" once the account is deleted' }),
    email: Type.Union([Type.String(), Type.Null()], { description: 'Null once the account is deleted' }),
    removed: Type.Boolean(),
  },
  { description: 'Null when nobody signed in acted (a failed login, the command line)' },
);

export const AuditSubject = Type.Object(
  {
    kind: Type.String({
      description: 'account, or for a comment the kind of what it is about: roadmap, section, step, hub, faq, …',
    }),
    title: Type.String(),
    href: Href,
    removed: Type.Boolean(),
    roadmap: Type.Union([Named, Type.Null()], { description: 'For a comment: the roadmap it was left on' }),
  },
  { description: 'What the entry is about, in words; null when the entry has no subject' },
);

export const AuditEntry = Type.Object({
  id: Type.Integer(),
  occurredAt: Type.String({ format: 'date-time' }),
  action: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actor: Type.Union([AuditPerson, Type.Null()]),
  subjectId: Type.Union([Type.String(), Type.Null()]),
  subject: Type.Union([AuditSubject, Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
});

export const AuditPage = Type.Object({
  items: Type.Array(AuditEntry),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
