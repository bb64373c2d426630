import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '../roles';
import { User } from './user.model';

export enum WorkspaceAuditAction {
  INVITED = 'INVITED',
  INVITATION_REVOKED = 'INVITATION_REVOKED',
  INVITATION_ACCEPTED = 'INVITATION_ACCEPTED',
  INVITATION_DECLINED = 'INVITATION_DECLINED',
  MEMBER_LEFT = 'MEMBER_LEFT',
  MEMBER_REMOVED = 'MEMBER_REMOVED',
  ROLE_CHANGED = 'ROLE_CHANGED',
}
registerEnumType(WorkspaceAuditAction, {
  name: 'WorkspaceAuditAction',
  description: 'A change to who belongs to a workspace, or with which role.',
});

@ObjectType({ description: "One change to a workspace's members, recorded when it was made." })
export class WorkspaceAuditEntry {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => WorkspaceAuditAction, { description: 'What changed.' })
  action!: WorkspaceAuditAction;
  @Field(() => User, {
    nullable: true,
    description: 'Who made the change (null once that account is gone).',
  })
  actor!: User | null;
  @Field(() => User, {
    nullable: true,
    description:
      'The member it is about (null for an invitation nobody has accepted, or once the account is gone).',
  })
  targetUser!: User | null;
  @Field(() => String, {
    nullable: true,
    description: 'The invited address, for invitation changes.',
  })
  targetEmail!: string | null;
  @Field(() => Role, { nullable: true, description: 'The role before the change.' })
  roleBefore!: Role | null;
  @Field(() => Role, { nullable: true, description: 'The role after the change.' })
  roleAfter!: Role | null;
  @Field(() => Date, { description: 'When it happened.' }) at!: Date;
}
