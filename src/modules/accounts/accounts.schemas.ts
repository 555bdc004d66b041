import { Type, type Static } from 'typebox';
import { ROLES } from '../auth/permissions.ts';

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

export const LoginBody = Type.Object({ email: Email, password: Password }, { additionalProperties: false });
export type LoginBody = Static<typeof LoginBody>;

export const RefreshBody = Type.Object(
  { refreshToken: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const Accepted = Type.Object({ message: Type.String() });

export const UserProfile = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  displayName: Type.String(),
  role: Type.Enum([...ROLES]),
  emailVerified: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
});
export type UserProfile = Static<typeof UserProfile>;

export const TokenPair = Type.Object({
  tokenType: Type.Literal('Bearer'),
  accessToken: Type.String({ description: 'JWT; send as Authorization: Bearer <accessToken>' }),
  expiresIn: Type.Integer({ description: 'Seconds until the access token expires' }),
  refreshToken: Type.String({ description: 'Single use: every refresh returns a new one' }),
  refreshTokenExpiresAt: Type.String({ format: 'date-time' }),
  user: UserProfile,
});
export type TokenPair = Static<typeof TokenPair>;
