// The app shell: header (ui/SiteHeader.tsx), the page for the current path, the footer, and focus management between
// pages.
import { lazy, Suspense, useEffect, useRef, type ComponentType } from 'react';
import { matchPath, useLocation } from './router';
import { useQueuedWriteCount } from './offline';
import { Announcer, announce } from './ui/announcer';
import { openAddressed } from './ui/fragment';
import { SiteFooter } from './ui/SiteFooter';
import { SiteHeader } from './ui/SiteHeader';
import { Loading } from './ui/states';
import { Home } from './pages/Home';
import { RoadmapPage } from './pages/Roadmap';
import { NotFound } from './pages/NotFound';
import { PAGE_PATTERNS, type PagePattern } from './paths';

// The roadmap and home pages come with the first load; the rest load when first visited.
const StepPage = lazy(() => import('./pages/Step').then((m) => ({ default: m.StepPage })));
const PlanPage = lazy(() => import('./pages/Plan').then((m) => ({ default: m.PlanPage })));
const ChangelogPage = lazy(() => import('./pages/Changelog').then((m) => ({ default: m.ChangelogPage })));
const Dashboard = lazy(() => import('./pages/Dashboard').then((m) => ({ default: m.Dashboard })));
const LogIn = lazy(() => import('./pages/LogIn').then((m) => ({ default: m.LogIn })));
const SignUp = lazy(() => import('./pages/SignUp').then((m) => ({ default: m.SignUp })));
const VerifyEmail = lazy(() => import('./pages/VerifyEmail').then((m) => ({ default: m.VerifyEmail })));
const ConfirmSsoLink = lazy(() => import('./pages/ConfirmSsoLink').then((m) => ({ default: m.ConfirmSsoLink })));
const SsoSignedIn = lazy(() => import('./pages/SsoSignedIn').then((m) => ({ default: m.SsoSignedIn })));
const ForgotPassword = lazy(() => import('./pages/ForgotPassword').then((m) => ({ default: m.ForgotPassword })));
const ResetPassword = lazy(() => import('./pages/ResetPassword').then((m) => ({ default: m.ResetPassword })));
const Bookmarks = lazy(() => import('./pages/Bookmarks').then((m) => ({ default: m.Bookmarks })));
const Account = lazy(() => import('./pages/Account').then((m) => ({ default: m.Account })));
const PublicProfile = lazy(() => import('./pages/Profile').then((m) => ({ default: m.PublicProfile })));
const Admin = lazy(() => import('./pages/Admin').then((m) => ({ default: m.Admin })));
const Moderation = lazy(() => import('./pages/Moderation').then((m) => ({ default: m.Moderation })));
const HubPage = lazy(() => import('./pages/Hub').then((m) => ({ default: m.HubPage })));
const HubEntryPage = lazy(() => import('./pages/HubEntry').then((m) => ({ default: m.HubEntryPage })));
const AnalyticsPage = lazy(() => import('./pages/Analytics').then((m) => ({ default: m.AnalyticsPage })));
const Drafts = lazy(() => import('./pages/Drafts').then((m) => ({ default: m.Drafts })));
const DraftEditor = lazy(() => import('./pages/DraftEditor').then((m) => ({ default: m.DraftEditor })));
const LinksPage = lazy(() => import('./pages/Links').then((m) => ({ default: m.LinksPage })));
const DraftReview = lazy(() => import('./pages/DraftReview').then((m) => ({ default: m.DraftReview })));
const MyCohorts = lazy(() => import('./pages/MyCohorts').then((m) => ({ default: m.MyCohorts })));
const JoinCohort = lazy(() => import('./pages/JoinCohort').then((m) => ({ default: m.JoinCohort })));
const CohortInvite = lazy(() => import('./pages/JoinCohort').then((m) => ({ default: m.CohortInvite })));
const MentorCohorts = lazy(() => import('./pages/MentorCohorts').then((m) => ({ default: m.MentorCohorts })));
const MentorCohort = lazy(() => import('./pages/MentorCohort').then((m) => ({ default: m.MentorCohort })));
const MentorReviews = lazy(() => import('./pages/MentorReviews').then((m) => ({ default: m.MentorReviews })));
const MentorSubmission = lazy(() => import('./pages/MentorSubmission').then((m) => ({ default: m.MentorSubmission })));
const ForkOverlay = lazy(() => import('./pages/ForkOverlay').then((m) => ({ default: m.ForkOverlayPage })));
const Messages = lazy(() => import('./pages/Messages').then((m) => ({ default: m.Messages })));
const ForkProposal = lazy(() => import('./pages/ForkProposal').then((m) => ({ default: m.ForkProposalPage })));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each page takes its own route params
type Page = ComponentType<any>;
// Every address in paths.ts has its page (the type says so), and no page has an address the server does not know.
const PAGES: Record<PagePattern, Page> = {
  '/': Home,
  '/roadmaps/:slug': RoadmapPage,
  '/roadmaps/:slug/steps/:stepId': StepPage,
  '/roadmaps/:slug/plan': PlanPage,
  '/roadmaps/:slug/changelog': ChangelogPage,
  '/hub': HubPage,
  '/hub/:id': HubEntryPage,
  '/dashboard': Dashboard,
  '/bookmarks': Bookmarks,
  '/login': LogIn,
  '/signup': SignUp,
  '/verify-email': VerifyEmail,
  '/sso/confirm-link': ConfirmSsoLink,
  '/sso/signed-in': SsoSignedIn,
  '/forgot-password': ForgotPassword,
  '/reset-password': ResetPassword,
  '/account': Account,
  '/u/:handle': PublicProfile,
  '/admin': Admin,
  '/editor/feedback': Moderation,
  '/editor/analytics': AnalyticsPage,
  '/editor/analytics/:slug': AnalyticsPage,
  '/editor/drafts': Drafts,
  '/editor/links': LinksPage,
  '/studio/drafts/:id': DraftEditor,
  '/studio/drafts/:id/review': DraftReview,
  '/studio/forks/:slug': ForkOverlay,
  '/studio/forks/:slug/proposals/:id': ForkProposal,
  '/cohorts': MyCohorts,
  '/cohorts/join': JoinCohort,
  '/cohort-invite': CohortInvite,
  '/mentor/cohorts': MentorCohorts,
  '/mentor/cohorts/:id': MentorCohort,
  '/mentor/cohorts/:id/reviews': MentorReviews,
  '/mentor/submissions/:id': MentorSubmission,
  '/messages': Messages,
};
const ROUTES = PAGE_PATTERNS.map((pattern) => [pattern, PAGES[pattern]] as const);

/** While changes made offline wait to be sent, the learner can see it (and that nothing was lost). */
const OfflineNotice = () => {
  const waiting = useQueuedWriteCount();
  if (waiting === 0) return null;
  return (
    <p className="offline-notice">
      {waiting === 1 ? 'One change' : `${waiting} changes`} made without a connection will be saved to your account when
      you are back online.
    </p>
  );
};

/** What to focus for the address's #fragment (a search result's FAQ entry: opened, its <summary>). */
const addressedElement = () => {
  const element = openAddressed();
  return element instanceof HTMLDetailsElement ? (element.querySelector('summary') ?? element) : element;
};

export const App = () => {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // The heading on screen when the path changed: the old page may stay visible while the new one loads its code.
  const shownPath = useRef(pathname);
  const staleHeading = useRef<HTMLHeadingElement | null>(null);
  if (shownPath.current !== pathname) {
    shownPath.current = pathname;
    staleHeading.current = main.current?.querySelector('h1') ?? null;
  }

  let page: { Page: Page; params: Record<string, string> } = { Page: NotFound, params: {} };
  for (const [pattern, Page] of ROUTES) {
    const params = matchPath(pattern, pathname);
    if (params) {
      page = { Page, params };
      break;
    }
  }

  // After a navigation (not the first load), focus moves to the new page's heading once it has rendered (data may
  // still be loading) and its title is announced, as a full page load would do for screen-reader and keyboard users.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const started = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const focusHeading = () => {
      const heading = main.current?.querySelector('h1');
      if (heading && heading !== staleHeading.current) {
        const target = addressedElement() ?? heading;
        // A heading needs tabindex to take focus; a <summary> has it already and keeps its place in the Tab order.
        if (target.tabIndex < 0) target.tabIndex = -1;
        target.focus();
        announce(document.title);
      } else if (Date.now() - started > 10_000) {
        main.current?.focus();
      } else {
        timer = setTimeout(focusHeading, 50);
      }
    };
    timer = setTimeout(focusHeading, 0);
    return () => clearTimeout(timer);
  }, [pathname]);

  return (
    <div className="app">
      <SiteHeader />
      <OfflineNotice />
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<Loading fill />}>
          {/* Keyed by path: each page starts afresh, with its own heading to move focus to. */}
          <page.Page key={pathname} {...page.params} />
        </Suspense>
      </main>
      <SiteFooter />
      <Announcer />
    </div>
  );
};
