// What readers and editors are told of a link's checks. Apart from link-check.schemas.ts because the roadmap
// schemas use it, and that file uses theirs (a cycle of modules would leave one of them half-loaded).
import { Type, type Static } from 'typebox';
import { LINK_OUTCOMES } from '../../lib/enums.ts';

export const LinkOutcome = Type.Enum([...LINK_OUTCOMES], {
  description:
    'ok: the page answers; moved: it answers at another address after a permanent redirect; error: the last ' +
    'check failed (not found, timeout, refused, blocked), not yet often enough to call it dead; dead: it failed ' +
    'three checks in a row over at least a day',
});

/** What readers see of a link's checks, next to the link: only whether it seemed broken, and when. */
export const LinkStatus = Type.Union(
  [
    Type.Object({
      state: LinkOutcome,
      checkedAt: Type.String({ format: 'date-time', description: 'When the link was last checked' }),
    }),
    Type.Null({ description: 'Not checked yet' }),
  ],
  { description: 'What the link check last found' },
);
export type LinkStatus = Static<typeof LinkStatus>;
