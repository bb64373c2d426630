import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Repository } from 'typeorm';
import { Role } from '../roles';
import { MembershipEntity } from './membership.entity';
import { WorkspaceEntity } from './workspace.entity';

/** A workspace with a member's role in it. */
export interface WorkspaceWithRole extends Pick<WorkspaceEntity, 'id' | 'name' | 'settings'> {
  role: Role;
}

/** The workspace table (and the owner's membership row written with a new workspace). */
@Injectable()
export class WorkspaceRepository {
  constructor(
    @InjectRepository(WorkspaceEntity) private readonly repo: Repository<WorkspaceEntity>,
  ) {}

  /** Creates a workspace and makes `ownerId` its OWNER, in one transaction. */
  createWithOwner(name: string, ownerId: string): Promise<WorkspaceEntity> {
    return this.repo.manager.transaction(async (tx) => {
      const workspace = tx.create(WorkspaceEntity, { name, settings: {} });
      await tx.insert(WorkspaceEntity, workspace);
      await tx.insert(MembershipEntity, {
        workspaceId: workspace.id,
        userId: ownerId,
        role: Role.OWNER,
      });
      return workspace;
    });
  }

  /** The workspaces a user belongs to, oldest first, with their role in each. */
  listForUser(userId: string): Promise<WorkspaceWithRole[]> {
    return this.repo.query(
      `SELECT w.id, w.name, w.settings, m.role FROM workspace w
         JOIN membership m ON m.workspace_id = w.id AND m.user_id = $1
        ORDER BY w.created_at, w.id`,
      [userId],
    );
  }

  byId(id: string, manager: EntityManager = this.repo.manager): Promise<WorkspaceEntity | null> {
    return manager.findOneBy(WorkspaceEntity, { id });
  }

  /** The workspaces with these ids, in one query; unknown ids are left out, order is not kept. */
  byIds(ids: readonly string[]): Promise<WorkspaceEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.repo.findBy({ id: In([...new Set(ids)]) });
  }

  /** Sets one setting, leaving the others as they are. */
  async setSelfApproval(
    workspaceId: string,
    allowed: boolean,
    manager: EntityManager = this.repo.manager,
  ): Promise<void> {
    await manager.query(
      `UPDATE workspace SET settings = settings || jsonb_build_object('allowSelfApproval', $2::boolean) WHERE id = $1`,
      [workspaceId, allowed],
    );
  }
}
