import { Type, type Static } from 'typebox';
import { ROLES } from '../auth/permissions.ts';
import { Cursor, Limit } from '../roadmaps/roadmaps.schemas.ts';

export const RoleSchema = Type.Enum([...ROLES], { description: 'learner, mentor, editor or admin' });

export const AdminUser = Type.Object({
  id: Type.String({ format: 'uuid' }),
  email: Type.String(),
  displayName: Type.String(),
  role: RoleSchema,
  emailVerified: Type.Boolean(),
  disabledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});
export type AdminUser = Static<typeof AdminUser>;

export const ListUsersQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Part of an email or display name' })),
    role: Type.Optional(RoleSchema),
    status: Type.Optional(Type.Enum(['active', 'disabled'])),
    limit: Type.Optional(Limit),
    cursor: Type.Optional(Cursor),
  },
  { additionalProperties: false },
);
export type ListUsersQuery = Static<typeof ListUsersQuery>;

export const UserPage = Type.Object({
  items: Type.Array(AdminUser),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const UserParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

export const ChangeUserBody = Type.Object({ role: RoleSchema }, { additionalProperties: false });
