export { AuthModule, AccountsModule, type AccountsModuleOptions } from './auth.module';
export { AccessService, nullIfNotFound, type StudyAccess } from './access.service';
export { WorkspaceService } from './workspace.service';
export { SessionService } from './session.service';
export { Access, CurrentUser, clientIp, type AuthUser, type GqlContext, type AuthedRequest } from './context';
export { Role, Right, can, RIGHTS_OF } from './roles';
export { User, Workspace, Membership, AuthPayload } from './models/user.model';
export { JSONScalar, assertJsonWithinLimits, type JsonLimits } from './scalars';
export { requestLoader, byKeys } from './request-loader';
