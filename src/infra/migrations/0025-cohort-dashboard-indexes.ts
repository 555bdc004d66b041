import { sql, type Kysely } from 'kysely';

// The mentor's dashboard (docs/decisions/0042-mentor-dashboard.md) reads, for each current member of one cohort,
// their events and votes on the cohort's roadmap. Without these, each member's lookup walks everything they did on
// every roadmap (progress_events_user_idx) or every vote on the roadmap (feedback_votes_user_idx leads with the
// roadmap): with 1M learners the plans showed that cost growing with the instance instead of the cohort.
export const up = async (db: Kysely<unknown>): Promise<void> => {
  // Recent activity pages newest first by id; the time spent on a step reads its status events.
  await sql`
    create index progress_events_user_roadmap_idx on progress_events (user_id, roadmap_slug, id)`.execute(db);
  await sql`
    create index feedback_votes_voter_idx on feedback_votes (user_id, roadmap_slug)
    where user_id is not null`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`drop index if exists feedback_votes_voter_idx`.execute(db);
  await sql`drop index if exists progress_events_user_roadmap_idx`.execute(db);
};
