import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ErrorCode, unauthenticated } from '@persona-lab/errors';
import { ACCESS_KEY, type AccessRule, requestOf } from './context';
import { SessionService } from './session.service';

/**
 * Global guard. Every resolver and controller must declare `@Access(...)`;
 * one without a rule is refused, so a forgotten rule fails closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (!rule) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'This operation has no access rule and is refused.',
      );
    }
    const req = requestOf(ctx);
    const header = req.headers?.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
      const user = await this.sessions.verify(match[1]);
      if (!user)
        throw unauthenticated('Your session has expired or was signed out. Sign in again.');
      req.user = user;
    }
    if (rule === 'user' && !req.user) throw unauthenticated();
    return true;
  }
}
