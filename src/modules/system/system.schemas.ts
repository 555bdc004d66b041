import { Type } from 'typebox';

export const Liveness = Type.Object({ status: Type.Literal('ok') });

const Check = Type.Object({ status: Type.Enum(['ok', 'failing']), detail: Type.Optional(Type.String()) });

export const Readiness = Type.Object({
  status: Type.Enum(['ready', 'not-ready']),
  checks: Type.Object({ database: Check, migrations: Check, shutdown: Type.Optional(Check) }),
});

export const Version = Type.Object({
  version: Type.String(),
  commit: Type.Union([Type.String(), Type.Null()]),
  buildTime: Type.Union([Type.String(), Type.Null()]),
  node: Type.String(),
});
