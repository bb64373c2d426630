import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The study table: the only code that reads or writes it. */
@Injectable()
export class StudyRepository {
  constructor(private readonly db: DataSource) {}

  /** The workspace a study belongs to, or undefined when there is no such study. */
  async workspaceOf(studyId: string): Promise<string | undefined> {
    const rows: { workspace_id: string }[] = await this.db.query(
      'SELECT workspace_id FROM study WHERE id = $1',
      [studyId],
    );
    return rows[0]?.workspace_id;
  }
}
