import { Type, type Static } from 'typebox';
import { PERMISSIONS } from '../auth/permissions.ts';

export const Scope = Type.Enum(Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[], {
  description: 'A permission the token may use; your role must hold it too',
});

export const CreateTokenBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S', description: 'What the token is for' }),
    scopes: Type.Array(Scope, { minItems: 1, uniqueItems: true }),
    expiresInDays: Type.Integer({ minimum: 1, maximum: 365, description: 'The token stops working after this' }),
  },
  { additionalProperties: false },
);
export type CreateTokenBody = Static<typeof CreateTokenBody>;

export const PersonalToken = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  scopes: Type.Array(Scope),
  createdAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type PersonalToken = Static<typeof PersonalToken>;

export const CreatedToken = Type.Object({
  ...PersonalToken.properties,
  token: Type.String({ description: 'Shown this once: Waymark keeps only its hash. Send as Authorization: Bearer.' }),
});

export const TokenList = Type.Object({ items: Type.Array(PersonalToken) });
export const TokenParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
