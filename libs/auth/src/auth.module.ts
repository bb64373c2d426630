import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessService } from './access.service';
import { AuthGuard } from './auth.guard';
import { ARGON2_MEMORY_KIB, AuthService } from './auth.service';
import { LOGIN_LIMIT, LoginThrottle } from './login-throttle';
import { AuthResolver, WorkspaceResolver } from './auth.resolver';
import { SESSION_IDLE_MS, SESSION_TTL_MS, SessionService } from './session.service';
import { SessionResolver } from './session.resolver';
import { WorkspaceService } from './workspace.service';
import { WorkspaceInvitationService } from './invitation.service';
import { AUTH_ENTITIES } from './data/auth.entities';
import { LoginDeviceRepository } from './data/login-device.repository';
import { MembershipRepository } from './data/membership.repository';
import { RateLimitRepository } from './data/rate-limit.repository';
import { SessionRepository } from './data/session.repository';
import { UserReader } from './data/user.reader';
import { MemberWorkspacesReader } from './data/member-workspaces.reader';
import { UserRepository } from './data/user.repository';
import { WorkspaceRepository } from './data/workspace.repository';
import { WorkspaceInvitationRepository } from './data/workspace-invitation.repository';
import { WorkspaceAuditRepository } from './data/workspace-audit.repository';
import { PasswordResetRepository } from './data/password-reset.repository';
import { ACCOUNTS_PUBLIC_URL, AccountMailer } from './account-mailer';
import { MembersResolver } from './members.resolver';

export interface AccountsModuleOptions {
  sessionTtlHours: number;
  /** A session unused this long stops working (default 72). */
  sessionIdleHours?: number;
  loginAttemptsPer15Min: number;
  argon2MemoryKib: number;
  /** `MailModule.forRoot(...)` from the app: invitation and password reset mails. Without it none are queued. */
  mail?: DynamicModule;
  /** Base of the links in mails (config PUBLIC_URL; default http://localhost:3000). */
  publicUrl?: string;
}

/** Workspaces, memberships and the access checks every domain module imports. */
@Module({
  imports: [TypeOrmModule.forFeature(AUTH_ENTITIES)],
  providers: [
    WorkspaceRepository,
    MembershipRepository,
    UserRepository,
    UserReader,
    MemberWorkspacesReader,
    RateLimitRepository,
    AccessService,
    WorkspaceService,
    WorkspaceInvitationRepository,
    WorkspaceAuditRepository,
    WorkspaceInvitationService,
    WorkspaceResolver,
  ],
  exports: [
    AccessService,
    WorkspaceService,
    WorkspaceInvitationService,
    UserReader,
    MemberWorkspacesReader,
    RateLimitRepository,
  ],
})
export class AuthModule {}

/**
 * Accounts, sign-in, sessions and the app-wide guard. Only the app imports it (once), so
 * the guard is registered once; domain modules import AuthModule.
 */
@Module({})
export class AccountsModule {
  static forRoot(options: AccountsModuleOptions): DynamicModule {
    return {
      module: AccountsModule,
      imports: [
        TypeOrmModule.forFeature(AUTH_ENTITIES),
        AuthModule,
        ...(options.mail ? [options.mail] : []),
      ],
      providers: [
        {
          provide: ACCOUNTS_PUBLIC_URL,
          useValue: (options.publicUrl ?? 'http://localhost:3000').replace(/\/+$/, ''),
        },
        AccountMailer,
        PasswordResetRepository,
        MembersResolver,
        UserRepository,
        SessionRepository,
        LoginDeviceRepository,
        { provide: SESSION_TTL_MS, useValue: options.sessionTtlHours * 3_600_000 },
        { provide: SESSION_IDLE_MS, useValue: (options.sessionIdleHours ?? 72) * 3_600_000 },
        { provide: LOGIN_LIMIT, useValue: options.loginAttemptsPer15Min },
        { provide: ARGON2_MEMORY_KIB, useValue: options.argon2MemoryKib },
        { provide: APP_GUARD, useClass: AuthGuard },
        SessionService,
        LoginThrottle,
        AuthService,
        AuthResolver,
        SessionResolver,
      ],
    };
  }
}
