import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { unauthenticated } from '@persona-lab/errors';

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  sessionId: string;
}

export type AuthedRequest = Request & { user?: AuthUser };

export interface GqlContext {
  req: AuthedRequest;
}

export const ACCESS_KEY = 'persona-lab:access';
/** Who may call a resolver: anyone (respondents, sign-in) or a signed-in user (workspace rights are checked with the ids). */
export type AccessRule = 'public' | 'user';
export const Access = (rule: AccessRule) => SetMetadata(ACCESS_KEY, rule);

export const requestOf = (ctx: ExecutionContext): AuthedRequest =>
  ctx.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(ctx).getContext<GqlContext>().req
    : ctx.switchToHttp().getRequest<AuthedRequest>();

/** The signed-in user; the guard has already refused anonymous callers on `@Access('user')`. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  const user = requestOf(ctx).user;
  if (!user) throw unauthenticated();
  return user;
});

/** Client IP for rate limits (honours X-Forwarded-For only when Express trusts the proxy). */
export const clientIp = (req: Request): string => req.ip ?? req.socket?.remoteAddress ?? 'unknown';
