import { AppUserEntity } from './app-user.entity';
import { LoginDeviceEntity } from './login-device.entity';
import { MembershipEntity } from './membership.entity';
import { RateLimitEntity } from './rate-limit.entity';
import { SessionEntity } from './session.entity';
import { WorkspaceEntity } from './workspace.entity';
import { WorkspaceInvitationEntity } from './workspace-invitation.entity';
import { WorkspaceAuditEntity } from './workspace-audit.entity';
import { PasswordResetEntity } from './password-reset.entity';

/** The tables auth owns: app_user, session, workspace, membership, rate_limit, login_device,
 * workspace_invitation, workspace_audit, password_reset. */
export const AUTH_ENTITIES = [
  AppUserEntity,
  SessionEntity,
  WorkspaceEntity,
  MembershipEntity,
  RateLimitEntity,
  LoginDeviceEntity,
  WorkspaceInvitationEntity,
  WorkspaceAuditEntity,
  PasswordResetEntity,
];
