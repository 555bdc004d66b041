// The web app's page addresses, in one list for the app's router (App.tsx) and the server (src/http/web-app.ts): the
// server answers a page request for any other address with the app and a 404, so the app's "Page not found" comes
// with the status a browser, a crawler or a link checker expects. Self-contained: the server loads it as it is.
export const PAGE_PATTERNS = [
  '/',
  '/roadmaps/:slug',
  '/roadmaps/:slug/steps/:stepId',
  '/roadmaps/:slug/plan',
  '/roadmaps/:slug/changelog',
  '/hub',
  '/hub/:id',
  '/dashboard',
  '/bookmarks',
  '/login',
  '/signup',
  '/verify-email',
  '/sso/confirm-link',
  '/sso/signed-in',
  '/forgot-password',
  '/reset-password',
  '/account',
  '/u/:handle',
  '/admin',
  '/editor/feedback',
  '/editor/analytics',
  '/editor/analytics/:slug',
  '/editor/drafts',
  '/editor/links',
  '/studio/drafts/:id',
  '/studio/drafts/:id/review',
  '/studio/forks/:slug',
  '/studio/forks/:slug/proposals/:id',
  '/cohorts',
  '/cohorts/join',
  '/cohort-invite',
  '/mentor/cohorts',
  '/mentor/cohorts/:id',
  '/mentor/cohorts/:id/reviews',
  '/mentor/submissions/:id',
  '/messages',
] as const;

export type PagePattern = (typeof PAGE_PATTERNS)[number];

/** Whether a path (no query) is one of the app's pages: a `:name` part stands for any one non-empty part. */
export const isPagePath = (pathname: string) => {
  const have = pathname === '/' ? [''] : pathname.replace(/\/$/, '').split('/').slice(1);
  return PAGE_PATTERNS.some((pattern) => {
    const want = pattern === '/' ? [''] : pattern.split('/').slice(1);
    return (
      want.length === have.length &&
      want.every((part, index) => (part.startsWith(':') ? have[index] !== '' : part === have[index]))
    );
  });
};
