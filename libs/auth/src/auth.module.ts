import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessService } from './access.service';
import { AuthGuard } from './auth.guard';
import { ARGON2_MEMORY_KIB, AuthService, LOGIN_LIMIT } from './auth.service';
import { AuthResolver, WorkspaceResolver } from './auth.resolver';
import { SESSION_TTL_MS, SessionService } from './session.service';
import { WorkspaceService } from './workspace.service';

export interface AuthModuleOptions {
  sessionTtlHours: number;
  loginAttemptsPer15Min: number;
  argon2MemoryKib: number;
}

/** Accounts, sessions, workspaces, memberships and the global access guard. */
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        { provide: SESSION_TTL_MS, useValue: options.sessionTtlHours * 3_600_000 },
        { provide: LOGIN_LIMIT, useValue: options.loginAttemptsPer15Min },
        { provide: ARGON2_MEMORY_KIB, useValue: options.argon2MemoryKib },
        { provide: APP_GUARD, useClass: AuthGuard },
        SessionService,
        AuthService,
        AccessService,
        WorkspaceService,
        AuthResolver,
        WorkspaceResolver,
      ],
      exports: [AccessService, WorkspaceService, SessionService],
    };
  }
}
