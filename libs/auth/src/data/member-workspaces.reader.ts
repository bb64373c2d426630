import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { MembershipEntity } from './membership.entity';

/** Current memberships for other libs that keep per-user rows of a workspace (e.g. notifications). */
@Injectable()
export class MemberWorkspacesReader {
  constructor(
    @InjectRepository(MembershipEntity) private readonly repo: Repository<MembershipEntity>,
  ) {}

  /** The ids of the workspaces the user is a member of now (indexed by user). */
  async workspaceIdsOf(userId: string): Promise<string[]> {
    const rows = await this.repo.find({ select: { workspaceId: true }, where: { userId } });
    return rows.map((r) => r.workspaceId);
  }

  /** Those of `userIds` who are members of the workspace now, in one query. */
  async membersAmong(workspaceId: string, userIds: readonly string[]): Promise<string[]> {
    if (!userIds.length) return [];
    const rows = await this.repo.find({
      select: { userId: true },
      where: { workspaceId, userId: In([...new Set(userIds)]) },
    });
    return rows.map((r) => r.userId);
  }
}
