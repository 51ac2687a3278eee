import { InitialSchema1764000000000 } from './1764000000000-initial-schema.js';
import { AuditEvents1764100000000 } from './1764100000000-audit-events.js';
import { OrganisationsAndInvitations1764200000000 } from './1764200000000-organisations-and-invitations.js';
import { SessionsAndLoginAttempts1764300000000 } from './1764300000000-sessions-and-login-attempts.js';
import { StepLeadOrganisation1764400000000 } from './1764400000000-step-lead-organisation.js';
import { CommentsAndNotifications1764500000000 } from './1764500000000-comments-and-notifications.js';
import { Reminders1764600000000 } from './1764600000000-reminders.js';
import { MemberVersionsAndInvitationLanguage1764700000000 } from './1764700000000-member-versions-and-invitation-language.js';
import { ProgressReports1764800000000 } from './1764800000000-progress-reports.js';
import { Indicators1764900000000 } from './1764900000000-indicators.js';
import { BudgetLines1765000000000 } from './1765000000000-budget-lines.js';
import { DashboardAndShareLinks1765100000000 } from './1765100000000-dashboard-and-share-links.js';
import { AuditReplayIndex1765200000000 } from './1765200000000-audit-replay-index.js';

/** Every migration, oldest first. The API runs the pending ones at start-up. */
export const migrations = [
  InitialSchema1764000000000,
  AuditEvents1764100000000,
  OrganisationsAndInvitations1764200000000,
  SessionsAndLoginAttempts1764300000000,
  StepLeadOrganisation1764400000000,
  CommentsAndNotifications1764500000000,
  Reminders1764600000000,
  MemberVersionsAndInvitationLanguage1764700000000,
  ProgressReports1764800000000,
  Indicators1764900000000,
  BudgetLines1765000000000,
  DashboardAndShareLinks1765100000000,
  AuditReplayIndex1765200000000,
];
