import type { Role } from '../../../gql/graphql';
import { humanize } from '../../../utils/format';

export const ROLES: Role[] = ['OWNER', 'RESEARCHER', 'REVIEWER', 'VIEWER'];
export const ROLE_HINTS: Record<Role, string> = {
  OWNER: 'Everything, including members and workspace settings.',
  RESEARCHER: 'Runs studies, surveys, interviews, coding and synthesis.',
  REVIEWER: 'Reads everything and approves or rejects personas.',
  VIEWER: 'Reads everything, changes nothing.',
};
export const roleOptions = ROLES.map((role) => ({ value: role, label: humanize(role) }));
