// The catalogue on the home page: one card per published roadmap (level, time, steps, what you will be able to do)
// and, where it is known without extra work, how far the reader is on it.
import { useEffect, useState } from 'react';
import { api, call } from '../api/client';
import { dashboardFollows } from '../api/dashboard';
import { useSession } from '../api/session';
import type { Ok } from '../api/types';
import { guestRoadmap } from '../guest';
import { Link } from '../router';
import { CheckIcon, ClockIcon, MapIcon, ProgressIcon } from '../ui/icons';
import { editionDay, levelLabel } from './RoadmapParts';

type RoadmapSummary = Ok<'/v1/roadmaps'>['items'][number];
interface Standing {
  done: number;
  steps: number;
}

/**
 * Progress per roadmap: a guest's is in this browser; a signed-in learner's costs one request per roadmap they follow
 * (the dashboard's own calls, reused when they have already started). Progress is a courtesy: the cards show without it.
 */
const useStandings = (roadmaps: RoadmapSummary[]) => {
  const session = useSession();
  const [standings, setStandings] = useState<ReadonlyMap<string, Standing>>(new Map());
  useEffect(() => {
    if (session.status === 'checking') return;
    if (session.status !== 'signed-in') {
      const entries = roadmaps.map((roadmap) => {
        const statuses = Object.values(guestRoadmap(roadmap.slug).steps);
        const done = statuses.filter((status) => status === 'done').length;
        return [roadmap.slug, { done, steps: roadmap.stats.steps }] as const;
      });
      setStandings(new Map(entries.filter(([, standing]) => standing.done > 0)));
      return;
    }
    let current = true;
    dashboardFollows()
      .then((follows) =>
        Promise.all(
          follows.map(async ({ roadmap }) => {
            const progress = await call(
              api.GET('/v1/me/roadmaps/{slug}/progress', { params: { path: { slug: roadmap.slug } } }),
            );
            return [roadmap.slug, { done: progress.overall.counts.done, steps: progress.overall.steps }] as const;
          }),
        ),
      )
      .then(
        (entries) => current && setStandings(new Map(entries)),
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [roadmaps, session.status]);
  return standings;
};

const monthsText = ({ min, max }: { min: number; max: number }) =>
  min === max ? `${min} months` : `${min}–${max} months`;

/** The card shows the first few outcomes: enough to tell roadmaps apart; the roadmap page has them all. */
const OUTCOMES_SHOWN = 3;

const Standing = ({ slug, standing }: { slug: string; standing: Standing }) => (
  <div className="standing">
    <p id={`standing-${slug}`}>
      Your progress: {standing.done} of {standing.steps} steps done
    </p>
    <progress className="meter" aria-labelledby={`standing-${slug}`} max={standing.steps} value={standing.done} />
  </div>
);

const RoadmapCard = ({ roadmap, standing }: { roadmap: RoadmapSummary; standing: Standing | undefined }) => {
  const more = roadmap.outcomes.length - OUTCOMES_SHOWN;
  return (
    <li className="card catalogue-card">
      <h3 id={`roadmap-${roadmap.slug}`}>
        <Link href={`/roadmaps/${roadmap.slug}`}>{roadmap.title}</Link>
      </h3>
      <ul className="facts" aria-label="At a glance">
        <li>
          <MapIcon />
          {levelLabel(roadmap.level)}
        </li>
        <li>
          <ClockIcon />
          {monthsText(roadmap.months)}
        </li>
        <li>
          <ProgressIcon />
          {roadmap.stats.steps} steps
        </li>
      </ul>
      <p className="catalogue-summary">{roadmap.summary}</p>
      <h4>You will be able to</h4>
      <ul className="outcomes">
        {roadmap.outcomes.slice(0, OUTCOMES_SHOWN).map((outcome) => (
          <li key={outcome}>
            <CheckIcon />
            <span>{outcome}</span>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="muted catalogue-more">…and {more} more on the roadmap page.</p>}
      <div className="catalogue-foot">
        {standing !== undefined && <Standing slug={roadmap.slug} standing={standing} />}
        <p className="muted catalogue-edition">
          {roadmap.edition.year} edition · Updated {editionDay(roadmap.edition.updated)}
        </p>
      </div>
    </li>
  );
};

export const Catalogue = ({ roadmaps }: { roadmaps: RoadmapSummary[] }) => {
  const standings = useStandings(roadmaps);
  return (
    <ul className="catalogue">
      {roadmaps.map((roadmap) => (
        <RoadmapCard key={roadmap.slug} roadmap={roadmap} standing={standings.get(roadmap.slug)} />
      ))}
    </ul>
  );
};
