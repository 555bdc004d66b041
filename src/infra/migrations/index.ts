import type { Migration, MigrationProvider } from 'kysely/migration';
import * as content from './0001-content.ts';
import * as accounts from './0002-accounts.ts';
import * as progress from './0003-progress.ts';
import * as feedback from './0004-feedback.ts';
import * as retentionIndexes from './0005-retention-indexes.ts';
import * as mailOutbox from './0006-mail-outbox.ts';
import * as auditActorIndex from './0007-audit-actor-index.ts';
import * as canonicalTimeZones from './0008-canonical-time-zones.ts';
import * as stepBookmarks from './0010-step-bookmarks.ts';
import * as hub from './0011-hub.ts';
import * as searchWords from './0012-search-words.ts';
import * as roadmapVersions from './0013-roadmap-versions.ts';
import * as roadmapDrafts from './0014-roadmap-drafts.ts';
import * as linkChecks from './0015-link-checks.ts';
import * as draftReviews from './0016-draft-reviews.ts';
import * as progressAcrossVersions from './0017-progress-across-versions.ts';
import * as roadmapForks from './0019-roadmap-forks.ts';
import * as checklistMapping from './0020-checklist-mapping.ts';
import * as cohorts from './0021-cohorts.ts';
import * as singleSignOn from './0022-single-sign-on.ts';
import * as cohortMessages from './0023-cohort-messages.ts';
import * as projectSubmissions from './0024-project-submissions.ts';
import * as cohortDashboardIndexes from './0025-cohort-dashboard-indexes.ts';
import * as cohortNudges from './0026-cohort-nudges.ts';
import * as ssoReauthentication from './0028-sso-reauthentication.ts';

// Append-only: a migration that has been merged is never edited (test/migrations.test.ts keeps their checksums).
export const migrations: Record<string, Migration> = {
  '0001-content': content,
  '0002-accounts': accounts,
  '0003-progress': progress,
  '0004-feedback': feedback,
  '0005-retention-indexes': retentionIndexes,
  '0006-mail-outbox': mailOutbox,
  '0007-audit-actor-index': auditActorIndex,
  '0008-canonical-time-zones': canonicalTimeZones,
  '0010-step-bookmarks': stepBookmarks,
  '0011-hub': hub,
  '0012-search-words': searchWords,
  '0013-roadmap-versions': roadmapVersions,
  '0014-roadmap-drafts': roadmapDrafts,
  '0015-link-checks': linkChecks,
  '0016-draft-reviews': draftReviews,
  '0017-progress-across-versions': progressAcrossVersions,
  '0019-roadmap-forks': roadmapForks,
  '0020-checklist-mapping': checklistMapping,
  '0021-cohorts': cohorts,
  '0022-single-sign-on': singleSignOn,
  '0023-cohort-messages': cohortMessages,
  '0024-project-submissions': projectSubmissions,
  '0025-cohort-dashboard-indexes': cohortDashboardIndexes,
  '0026-cohort-nudges': cohortNudges,
  '0028-sso-reauthentication': ssoReauthentication,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
