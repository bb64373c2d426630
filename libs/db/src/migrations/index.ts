import { Foundation1764300000000 } from './1764300000000-foundation';
import { Surveys1764300001000 } from './1764300001000-surveys';
import { InterviewsCoding1764300002000 } from './1764300002000-interviews-coding';
import { SynthesisPersonas1764300003000 } from './1764300003000-synthesis-personas';
import { Themes1764300005000 } from './1764300005000-themes';
import { PersonaMembers1764300006000 } from './1764300006000-persona-members';
import { RateLimit1764300007400 } from './1764300007400-rate-limit';
import { LoginDevice1764300007500 } from './1764300007500-login-device';
import { SessionLastSeen1764300007600 } from './1764300007600-session-last-seen';
import { RateLimitUnlogged1764300007700 } from './1764300007700-rate-limit-unlogged';
import { PersonaVersionAuthors1764300009100 } from './1764300009100-persona-version-authors';
import { AnonymousInvitations1764300009200 } from './1764300009200-anonymous-invitations';
import { WorkspaceInvitations1764300009300 } from './1764300009300-workspace-invitations';
import { InvitationMail1764300013000 } from './1764300013000-invitation-mail';
import { PersonaReview1764300012000 } from './1764300012000-persona-review';
import { Notifications1764300011000 } from './1764300011000-notifications';
import { Search1764300017000 } from './1764300017000-search';
import { MailOutbox1764300010000 } from './1764300010000-mail-outbox';
import { PersonaShare1764300015000 } from './1764300015000-persona-share';
import { MembersAuditReset1764300014000 } from './1764300014000-members-audit-reset';
import { ResponseQuality1764300021000 } from './1764300021000-response-quality';
import { Feedback1764300018000 } from './1764300018000-feedback';
import { HighlightFeedback1764300019000 } from './1764300019000-highlight-feedback';
import { PersonaAssignment1764300022000 } from './1764300022000-persona-assignment';
import { Analytics1764300020000 } from './1764300020000-analytics';
import { CoderCalibration1764300023000 } from './1764300023000-coder-calibration';

/** Every migration, in order. The app runs them at boot; `synchronize` is never used. */
export const migrations = [Foundation1764300000000, Surveys1764300001000, InterviewsCoding1764300002000, SynthesisPersonas1764300003000, Themes1764300005000, PersonaMembers1764300006000, RateLimit1764300007400, LoginDevice1764300007500, SessionLastSeen1764300007600, RateLimitUnlogged1764300007700, PersonaVersionAuthors1764300009100, AnonymousInvitations1764300009200, WorkspaceInvitations1764300009300, MailOutbox1764300010000, Notifications1764300011000, PersonaReview1764300012000, InvitationMail1764300013000, MembersAuditReset1764300014000, PersonaShare1764300015000, Search1764300017000, Feedback1764300018000, HighlightFeedback1764300019000, Analytics1764300020000, ResponseQuality1764300021000, PersonaAssignment1764300022000, CoderCalibration1764300023000];
