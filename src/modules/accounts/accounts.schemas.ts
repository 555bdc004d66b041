import { Type, type Static } from 'typebox';
import { ROLES } from '../auth/permissions.ts';
import { Bookmark } from '../bookmarks/bookmarks.schemas.ts';
import { MAX_EXPORTED_AUDIT_ENTRIES } from './personal-data-export.ts';

const Email = Type.String({ format: 'email', maxLength: 254, description: 'Email address' });
// Length and common-password rules are checked by the service, so the answer names the rule that failed.
const Password = Type.String({ minLength: 1, maxLength: 1024, description: 'At least 8 characters; any characters' });

export const RegisterBody = Type.Object(
  {
    email: Email,
    password: Password,
    displayName: Type.String({ minLength: 1, maxLength: 80, pattern: '\\S', description: 'Name shown to others' }),
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

export const LoginBody = Type.Object(
  {
    email: Email,
    password: Password,
    session: Type.Optional(
      Type.Enum(['token', 'cookie'], {
        description:
          'token (default): the refresh token comes in the body, for programs. cookie: for browsers, it comes ' +
          'only in an HttpOnly __Host- cookie, and refresh and logout then need the X-CSRF-Token header.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const RefreshBody = Type.Object(
  {
    refreshToken: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'Omit it when the browser session cookie carries it' }),
    ),
  },
  { additionalProperties: false },
);

export const Accepted = Type.Object({ message: Type.String() });

export const UserProfile = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  displayName: Type.String(),
  role: Type.Enum([...ROLES]),
  emailVerified: Type.Boolean(),
  hasPassword: Type.Boolean({
    description:
      'Whether the account has a password (false: made by an organisation login; a password reset can give it one ' +
      'where passwords work). Without one, deleting the account or changing its address is confirmed with ' +
      'POST /v1/me/sso/{provider}/reauthenticate.',
  }),
  timeZone: Type.String({ description: 'IANA time zone your days (streaks) are counted in' }),
  weeklyDigest: Type.Boolean({ description: 'A weekly mail with your progress and next step (verified addresses)' }),
  createdAt: Type.String({ format: 'date-time' }),
});
export type UserProfile = Static<typeof UserProfile>;

export const TokenPair = Type.Object({
  tokenType: Type.Literal('Bearer'),
  accessToken: Type.String({ description: 'JWT; send as Authorization: Bearer <accessToken>' }),
  expiresIn: Type.Integer({ description: 'Seconds until the access token expires' }),
  refreshToken: Type.Optional(
    Type.String({ description: 'Single use: every refresh returns a new one. Absent for browser (cookie) sessions.' }),
  ),
  refreshTokenExpiresAt: Type.String({ format: 'date-time' }),
  user: UserProfile,
});
export type TokenPair = Static<typeof TokenPair>;

export const UpdateProfileBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 80, pattern: '\\S' })),
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'IANA name, e.g. Europe/Berlin' })),
    weeklyDigest: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ChangePasswordBody = Type.Object(
  { currentPassword: Password, newPassword: Password },
  { additionalProperties: false },
);

// Either confirms the change: the password where one opens the account, else the proof of a fresh provider login.
const Confirmation = {
  password: Type.Optional(
    Type.String({ minLength: 1, maxLength: 1024, description: 'Your current password, to confirm' }),
  ),
  reauthProof: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        'Instead of the password: the proof a fresh login at your organisation gave ' +
        '(POST /v1/me/sso/{provider}/reauthenticate), usable once, for this change, within minutes',
    }),
  ),
};

export const DeleteAccountBody = Type.Object(Confirmation, { additionalProperties: false });

export const Session = Type.Object({
  id: Type.String({ format: 'uuid', description: 'The session (one login on one device)' }),
  current: Type.Boolean({ description: 'The session this request was made with' }),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
});
export type Session = Static<typeof Session>;

export const SessionList = Type.Object({ items: Type.Array(Session) });

export const SessionParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

/** An organisation login (single sign-on, decision 0039) that opens the account, or waits for its mailed link. */
export const LinkedLogin = Type.Object({
  provider: Type.String({ description: 'The single sign-on provider id' }),
  subject: Type.String({ description: "The provider's id of you" }),
  email: Type.String({ description: 'The address the provider gave' }),
  linkedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], {
    description: 'Null while the link waits for its mailed confirmation',
  }),
  lastLoginAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});
export type LinkedLogin = Static<typeof LinkedLogin>;

export const PersonalDataExport = Type.Object({
  exportedAt: Type.String({ format: 'date-time' }),
  profile: UserProfile,
  sessions: Type.Array(Session),
  activity: Type.Array(
    Type.Object({
      occurredAt: Type.String({ format: 'date-time' }),
      action: Type.String(),
      ip: Type.Union([Type.String(), Type.Null()]),
      userAgent: Type.Union([Type.String(), Type.Null()]),
    }),
    {
      description:
        'What the audit log holds about you, oldest first: the newest ' +
        `${MAX_EXPORTED_AUDIT_ENTRIES.toLocaleString('en')} entries at most`,
    },
  ),
  activityTruncated: Type.Boolean({ description: 'True when older audit entries were left out of `activity`' }),
  bookmarks: Type.Array(Bookmark, { description: 'The steps you bookmarked, newest first' }),
  linkedLogins: Type.Array(LinkedLogin, {
    description: 'The organisation logins (single sign-on) that open your account, oldest first',
  }),
});
export type PersonalDataExport = Static<typeof PersonalDataExport>;

const MailToken = Type.String({ minLength: 1, maxLength: 200, description: 'The token from the link in the mail' });

export const VerifyEmailBody = Type.Object({ token: MailToken }, { additionalProperties: false });

export const ForgotPasswordBody = Type.Object({ email: Email }, { additionalProperties: false });

export const ResetPasswordBody = Type.Object(
  { token: MailToken, newPassword: Password },
  { additionalProperties: false },
);

export const ChangeEmailBody = Type.Object({ newEmail: Email, ...Confirmation }, { additionalProperties: false });
