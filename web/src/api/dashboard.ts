// The dashboard's data: the roadmaps a learner follows and, for each, the roadmap with their progress and plan.
import { api, call } from './client';
import { createEarlyCalls } from './early-calls';
import { currentSession, sessionKnown } from './session';
import type { Ok } from './types';

export type Follow = Ok<'/v1/me/roadmaps'>['items'][number];

const loadFollows = async () => {
  const { items } = await call(api.GET('/v1/me/roadmaps'));
  return items.filter((follow) => follow.following);
};

const loadFollowed = async (slug: string) => {
  const path = { params: { path: { slug } } };
  const [roadmap, progress, plan] = await Promise.all([
    call(api.GET('/v1/roadmaps/{slug}', path)),
    call(api.GET('/v1/me/roadmaps/{slug}/progress', path)),
    call(api.GET('/v1/me/roadmaps/{slug}/plan', path)),
  ]);
  return { roadmap, progress, plan };
};

const EARLY_FOR_MS = 10_000;
const FOLLOWS = 'follows';

const signedInUserId = () => {
  const session = currentSession();
  return session.status === 'signed-in' ? session.user.id : undefined;
};

const followsEarly = createEarlyCalls<Follow[]>({ signedInUserId, freshForMs: EARLY_FOR_MS });
const followedEarly = createEarlyCalls<Awaited<ReturnType<typeof loadFollowed>>>({
  signedInUserId,
  freshForMs: EARLY_FOR_MS,
});

/**
 * Starts the dashboard's calls for the signed-in learner at once, each as soon as the one it needs has answered,
 * instead of waiting for React to show the page and then each roadmap in turn. Each is used once, only by the same
 * learner and only while fresh (someone else may log in in this tab later); otherwise the page calls again.
 */
export const startDashboardCalls = () =>
  void sessionKnown().then(() => {
    const userId = signedInUserId();
    if (userId === undefined) return;
    const follows = loadFollows().then((items) => {
      for (const follow of items) followedEarly.keep(follow.roadmap.slug, userId, loadFollowed(follow.roadmap.slug));
      return items;
    });
    followsEarly.keep(FOLLOWS, userId, follows);
  });

/** The roadmaps the signed-in learner follows. */
export const dashboardFollows = () => followsEarly.take(FOLLOWS) ?? loadFollows();

/** One followed roadmap with the learner's progress and plan. */
export const dashboardFollowed = (slug: string) => followedEarly.take(slug) ?? loadFollowed(slug);
