// Who may do what, in one table. Routes name a permission (or say they are public); roles are granted permissions
// here and nowhere else.
import { ROLES, type Role } from '../../lib/enums.ts';

export { ROLES };

const EVERY_ROLE = ROLES;

export const PERMISSIONS = {
  /** Read and change one's own account, sessions and data. */
  'account:self': EVERY_ROLE,
  /** List, search and change other users (role, disable, enable). */
  'users:manage': ['admin'],
  /** Read the audit log. */
  'audit:read': ['admin'],
  /** Read readers' comments; approve, hide, delete them, mark them addressed. */
  'feedback:moderate': ['editor', 'admin'],
  /** Read a roadmap's analytics: helpfulness, the learner funnel, activity, time per step. */
  'analytics:read': ['editor', 'admin'],
  /** Start, change, preview and discard roadmap drafts (anyone's: editors work on each other's drafts). */
  'drafts:write': ['editor', 'admin'],
  /** Submit drafts for review, comment on them, ask for changes and approve (not one's own: decision 0031). */
  'drafts:review': ['editor', 'admin'],
  /** Publish an approved draft as the roadmap learners see. */
  'drafts:publish': ['editor', 'admin'],
  /** Fork a roadmap, change a fork's overlay, and accept or decline its upstream's new versions (decision 0034). */
  'forks:write': ['editor', 'admin'],
  /**
   * Create cohorts and, in the cohorts one mentors, invite learners, move due dates, add mentors, archive, see the
   * members' progress on the cohort's roadmap (decision 0038: only one's own cohorts, checked per cohort), and send
   * the members messages (decision 0040).
   */
  'cohorts:mentor': ['mentor', 'admin'],
  /** List resource links as the link check found them; ask for a check now. */
  'resources:check': ['editor', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const can = (role: Role, permission: Permission) => (PERMISSIONS[permission] as readonly Role[]).includes(role);
