// Feedback targets (`step:x`, `section:y`, `hub:z`, …) in words, with where they are: what editors read in the
// audit log, the moderation inbox and the analytics instead of ids. A page of targets is named with one query, however
// many it holds; a target whose step, entry or roadmap is gone says so ("a removed step") and links nowhere.
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../infra/database.ts';
import type { StoredRoadmapDocument } from '../content/content-import.repository.ts';
import { sectionHeading, TARGET_KIND_NOUNS } from './sections.ts';

export interface TargetRef {
  roadmap: string;
  target: string;
}

export interface Named {
  title: string;
  /** The web app's path to it; null when it is gone. */
  href: string | null;
  removed: boolean;
}

export interface NamedTarget extends Named {
  /** The kind of the target: roadmap, section, step, hub, faq, … */
  kind: string;
  /** The roadmap the target belongs to. */
  roadmap: Named;
}

interface FoundRow {
  kind: string;
  roadmap: string | null;
  id: string;
  title: string;
  removed: boolean;
  document: StoredRoadmapDocument | null;
}

const kindOf = (target: string) => (target === 'roadmap' ? 'roadmap' : target.slice(0, target.indexOf(':')));
const idOf = (target: string) => target.slice(target.indexOf(':') + 1);
const removedName = (kind: string): Named => ({
  title: `a removed ${TARGET_KIND_NOUNS[kind] ?? 'part'}`,
  href: null,
  removed: true,
});

/** The anchor on the roadmap page of each kind that lives in the roadmap's document. */
const ANCHORS: Record<string, (id: string) => string> = {
  tier: () => 'outline',
  month: () => 'month-plan',
  priority: () => 'priorities',
  challenge: (id) => `challenge-${id}`,
  checklist: () => 'checklist',
  faq: () => 'faq',
  resource: () => 'resources',
  duty: () => 'duties',
  principle: () => 'keep-in-mind',
  path: () => 'other-paths',
};

/** The title of an item kept inside the roadmap's document, if it is still there. */
const titleInDocument = (document: StoredRoadmapDocument, kind: string, id: string): string | undefined => {
  const byId = (items: { id: string; title: string }[]) => items.find((item) => item.id === id)?.title;
  switch (kind) {
    case 'tier':
      return byId(document.tiers);
    case 'month': {
      const month = document.plan.months.find((candidate) => String(candidate.month) === id);
      return month && `Month ${month.month}: ${month.title}`;
    }
    case 'priority':
      return byId(document.priorities);
    case 'challenge':
      return byId(document.challenges);
    case 'checklist':
      return byId(document.checklist);
    case 'duty':
      return byId(document.duties);
    case 'principle':
      return byId(document.keepInMind);
    case 'path':
      return byId(document.alternatives);
    default:
      return undefined;
  }
};

const list = (values: Iterable<string>) => sql.join([...values].map((value) => sql`${value}`));

export const createTargetNamesRepository = (db: Db) => ({
  /** Every target of `refs` in words, by `${roadmap} ${target}`: one query for the whole list. */
  async name(refs: readonly TargetRef[]): Promise<(ref: TargetRef) => NamedTarget> {
    const slugs = new Set(refs.map((ref) => ref.roadmap));
    const idsOf = (kind: string) =>
      new Set(refs.filter((ref) => kindOf(ref.target) === kind).map((ref) => idOf(ref.target)));
    const steps = idsOf('step');
    const faq = idsOf('faq');
    const hub = idsOf('hub');
    const resources = idsOf('resource');
    const branches: RawBuilder<FoundRow>[] = [];
    if (slugs.size > 0) {
      branches.push(sql`select 'roadmap' as kind, slug as roadmap, slug as id, title, archived_at is not null as removed,
        document from roadmaps where slug in (${list(slugs)})`);
    }
    if (steps.size > 0) {
      branches.push(sql`select 'step', roadmap_slug, id, title, archived_at is not null, null::jsonb
        from roadmap_steps where roadmap_slug in (${list(slugs)}) and id in (${list(steps)})`);
    }
    if (faq.size > 0) {
      branches.push(sql`select 'faq', roadmap_slug, id, question, archived_at is not null, null::jsonb
        from roadmap_faq where roadmap_slug in (${list(slugs)}) and id in (${list(faq)})`);
    }
    if (hub.size > 0) {
      branches.push(sql`select 'hub', null, id, title, archived_at is not null, null::jsonb
        from hub_entries where id in (${list(hub)})`);
    }
    if (resources.size > 0) {
      branches.push(sql`select 'resource', null, id, title, archived_at is not null, null::jsonb
        from resources where id in (${list(resources)})`);
    }
    const rows =
      branches.length === 0 ? [] : (await sql<FoundRow>`${sql.join(branches, sql` union all `)}`.execute(db)).rows;
    const found = new Map(rows.map((row) => [`${row.kind} ${row.roadmap ?? ''} ${row.id}`, row]));
    const lookup = (kind: string, roadmap: string | null, id: string) => found.get(`${kind} ${roadmap ?? ''} ${id}`);

    return ({ roadmap: slug, target }) => {
      const kind = kindOf(target);
      const id = idOf(target);
      const roadmapRow = lookup('roadmap', slug, slug);
      const roadmap: Named =
        roadmapRow === undefined || roadmapRow.removed
          ? removedName('roadmap')
          : { title: roadmapRow.title, href: `/roadmaps/${slug}`, removed: false };
      const named = (name: Named): NamedTarget => ({ kind, roadmap, ...name });
      if (kind === 'hub') {
        // A hub entry has a page of its own, whatever happened to the roadmap it was voted under.
        const entry = lookup('hub', null, id);
        return named(
          entry === undefined || entry.removed
            ? removedName(kind)
            : { title: entry.title, href: `/hub/${id}`, removed: false },
        );
      }
      if (roadmap.removed) return named(removedName(kind));
      if (kind === 'roadmap') return named(roadmap);
      if (kind === 'section') {
        const heading = sectionHeading(id);
        return named(
          heading === undefined
            ? removedName(kind)
            : { title: heading, href: `/roadmaps/${slug}#${id}`, removed: false },
        );
      }
      if (kind === 'step') {
        const step = lookup('step', slug, id);
        return named(
          step === undefined || step.removed
            ? removedName(kind)
            : { title: step.title, href: `/roadmaps/${slug}/steps/${id}`, removed: false },
        );
      }
      const row = kind === 'faq' || kind === 'resource' ? lookup(kind, kind === 'faq' ? slug : null, id) : undefined;
      const title =
        kind === 'faq' || kind === 'resource'
          ? row?.removed === false
            ? row.title
            : undefined
          : titleInDocument(roadmapRow!.document!, kind, id);
      const anchor = ANCHORS[kind]?.(id);
      return named(
        title === undefined || anchor === undefined
          ? removedName(kind)
          : { title, href: `/roadmaps/${slug}#${anchor}`, removed: false },
      );
    };
  },
});

export type TargetNamesRepository = ReturnType<typeof createTargetNamesRepository>;
