import { Type, type Static } from 'typebox';

export const NUDGE_RULES = ['behind', 'inactive'] as const;
export type NudgeRule = (typeof NUDGE_RULES)[number];

/** The bounds of each rule's N, as the database checks them too (migration 0026). */
export const NUDGE_DAYS = { behind: { minimum: 1, maximum: 60 }, inactive: { minimum: 1, maximum: 90 } } as const;

const rule = (name: NudgeRule, description: string) =>
  Type.Object(
    {
      enabled: Type.Boolean({ description: 'Whether the job sends this nudge' }),
      days: Type.Integer({ ...NUDGE_DAYS[name], description }),
    },
    { additionalProperties: false },
  );

export const NudgeRules = Type.Object(
  {
    behind: rule('behind', 'Nudge a member who is behind the cohort’s schedule by more than this many days'),
    inactive: rule('inactive', 'Nudge a member who has changed no step of the roadmap for this many days'),
  },
  { additionalProperties: false, description: 'Each nudge goes to a member at most once a week (ISO week, UTC)' },
);
export type NudgeRules = Static<typeof NudgeRules>;

export const MyNudges = Type.Object({
  enabled: Type.Boolean({ description: 'False once you turned this cohort’s nudges off' }),
  rules: NudgeRules,
});
export type MyNudges = Static<typeof MyNudges>;

export const MyNudgePreference = Type.Object(
  { enabled: Type.Boolean({ description: 'false: this cohort sends you no automatic nudges' }) },
  { additionalProperties: false },
);
export type MyNudgePreference = Static<typeof MyNudgePreference>;
