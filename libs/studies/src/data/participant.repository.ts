import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Repository } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

/** What other code sees of a participant. */
export interface ParticipantRow {
  id: string;
  label: string;
  attributes: Record<string, unknown> | null;
}

const COLUMNS = { id: true, label: true, attributes: true } as const;

/** The participant table: the only code that reads or writes it. */
@Injectable()
export class ParticipantRepository {
  constructor(
    @InjectRepository(ParticipantEntity) private readonly repo: Repository<ParticipantEntity>,
  ) {}

  /**
   * The id of the participant with this label in the study, created on first use; safe under
   * concurrency (the unique (study_id, label) index decides), in the caller's transaction if given.
   */
  async findOrCreate(
    studyId: string,
    label: string,
    manager: EntityManager = this.repo.manager,
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO participant (study_id, label) VALUES ($1, $2)
       ON CONFLICT (study_id, label) DO UPDATE SET label = EXCLUDED.label
       RETURNING id`,
      [studyId, label],
    );
    return rows[0].id;
  }

  /** The study's participants by label. */
  listForStudy(studyId: string): Promise<ParticipantRow[]> {
    return this.repo.find({ select: COLUMNS, where: { studyId }, order: { label: 'ASC' } });
  }

  /** The participants of each of these studies, in one query; per study by label. */
  listForStudies(studyIds: readonly string[]): Promise<(ParticipantRow & { studyId: string })[]> {
    if (!studyIds.length) return Promise.resolve([]);
    return this.repo.find({
      select: { ...COLUMNS, studyId: true },
      where: { studyId: In([...new Set(studyIds)]) },
      order: { label: 'ASC' },
    });
  }

  /** The study's participants with these ids (others' are left out), in no particular order. */
  ofStudy(studyId: string, ids: readonly string[]): Promise<ParticipantRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.repo.find({ select: COLUMNS, where: { studyId, id: In([...new Set(ids)]) } });
  }
}
