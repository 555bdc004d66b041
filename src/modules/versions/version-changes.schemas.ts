// "What changed since you were last here" (decision 0032): a learner's notice of the steps added, changed and moved
// on their path since the version they last saw, and its dismissal.
import { Type, type Static } from 'typebox';

const ChangedStep = Type.Object({
  id: Type.String(),
  title: Type.String({ description: 'As it is now' }),
  tier: Type.Object({ id: Type.String(), title: Type.String() }, { description: 'The tier it is in now' }),
});

export const VersionChanges = Type.Object({
  roadmap: Type.Object({ slug: Type.String(), title: Type.String() }),
  seenVersion: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], {
    description:
      'The version you last saw: set when you start following or first record progress, and when you dismiss the ' +
      'notice; null when you never saw one (no notice then)',
  }),
  currentVersion: Type.Integer({ minimum: 1 }),
  added: Type.Array(ChangedStep, { description: 'Steps new since the version you saw' }),
  changed: Type.Array(ChangedStep, { description: 'Steps whose title or texts changed' }),
  moved: Type.Array(ChangedStep, { description: 'Steps now in another tier or another order' }),
});
export type VersionChanges = Static<typeof VersionChanges>;
export type ChangedStep = Static<typeof ChangedStep>;

export const SeenVersionBody = Type.Object(
  {
    version: Type.Integer({
      minimum: 1,
      maximum: 1_000_000,
      description: 'The version you have seen: at most the current one',
    }),
  },
  { additionalProperties: false },
);
