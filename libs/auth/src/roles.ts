import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  OWNER = 'OWNER',
  RESEARCHER = 'RESEARCHER',
  REVIEWER = 'REVIEWER',
  VIEWER = 'VIEWER',
}
registerEnumType(Role, { name: 'Role', description: "A member's role in a workspace." });

/** What a role may do; the rows of the roles table in DESIGN.md. */
export enum Right {
  MANAGE_MEMBERS = 'MANAGE_MEMBERS',
  /** Studies, surveys, transcripts, codes, synthesis. */
  RESEARCH = 'RESEARCH',
  EDIT_PERSONAS = 'EDIT_PERSONAS',
  REVIEW_PERSONAS = 'REVIEW_PERSONAS',
  READ = 'READ',
}

export const RIGHTS_OF: Record<Role, ReadonlySet<Right>> = {
  OWNER: new Set(Object.values(Right)),
  RESEARCHER: new Set([Right.RESEARCH, Right.EDIT_PERSONAS, Right.READ]),
  REVIEWER: new Set([Right.REVIEW_PERSONAS, Right.READ]),
  VIEWER: new Set([Right.READ]),
};

export const can = (role: Role, right: Right): boolean => RIGHTS_OF[role].has(right);

const RIGHT_WORDS: Record<Right, string> = {
  MANAGE_MEMBERS: 'manage members and workspace settings',
  RESEARCH: 'change studies, surveys, transcripts, codes or synthesis',
  EDIT_PERSONAS: 'edit persona drafts',
  REVIEW_PERSONAS: 'review personas',
  READ: 'read this workspace',
};

export const describeRight = (right: Right): string => RIGHT_WORDS[right];
