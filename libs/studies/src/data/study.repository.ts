import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { StudyEntity } from './study.entity';

/** The study table: the only code that reads or writes it. */
@Injectable()
export class StudyRepository {
  constructor(@InjectRepository(StudyEntity) private readonly repo: Repository<StudyEntity>) {}

  /** The workspace a study belongs to, or undefined when there is no such study. */
  async workspaceOf(studyId: string): Promise<string | undefined> {
    const row = await this.repo.findOne({ select: { workspaceId: true }, where: { id: studyId } });
    return row?.workspaceId;
  }

  /** Studies in a workspace, newest first. */
  listForWorkspace(workspaceId: string): Promise<StudyEntity[]> {
    return this.repo.find({ where: { workspaceId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** Studies in each of these workspaces, in one query; per workspace newest first. */
  listForWorkspaces(workspaceIds: readonly string[]): Promise<StudyEntity[]> {
    if (!workspaceIds.length) return Promise.resolve([]);
    return this.repo.find({
      where: { workspaceId: In([...new Set(workspaceIds)]) },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** The studies with these ids, in one query; unknown ids are left out, order is not kept. */
  byIds(ids: readonly string[]): Promise<StudyEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.repo.findBy({ id: In([...new Set(ids)]) });
  }

  byId(id: string): Promise<StudyEntity | null> {
    return this.repo.findOneBy({ id });
  }

  async insert(
    workspaceId: string,
    name: string,
    description: string | null,
  ): Promise<StudyEntity> {
    const study = this.repo.create({ workspaceId, name, description });
    await this.repo.insert(study);
    return study;
  }
}
