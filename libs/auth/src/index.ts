export { AuthModule, AccountsModule, type AccountsModuleOptions } from './auth.module';
export { AccessService, nullIfNotFound } from './access.service';
export { WorkspaceService } from './workspace.service';
export { WorkspaceInvitationService, INVITATION_TTL_DAYS } from './invitation.service';
export { SessionService } from './session.service';
export { AUTH_ENTITIES } from './data/auth.entities';
export { UserReader } from './data/user.reader';
export { MemberWorkspacesReader } from './data/member-workspaces.reader';
export {
  RateLimitRepository,
  SharedLimit,
  isLimitReached,
  type LimitOptions,
} from './data/rate-limit.repository';
export type { UserRow } from './data/user.repository';
export type { Transaction } from './data/transaction';
export {
  Access,
  CurrentUser,
  clientIp,
  type AuthUser,
  type GqlContext,
  type AuthedRequest,
} from './context';
export { Role, Right, can, RIGHTS_OF } from './roles';
export { User, Workspace, Membership, AuthPayload } from './models/user.model';
export {
  WorkspaceInvitation,
  WorkspaceInvitationPreview,
} from './models/workspace-invitation.model';
export { WorkspaceAuditEntry, WorkspaceAuditAction } from './models/workspace-audit.model';
export { JSONScalar, assertJsonWithinLimits, type JsonLimits } from './scalars';
export { requestLoader, byKeys } from './request-loader';
export { batchLoad } from './batch-load';
