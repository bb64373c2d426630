import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { HEADLINE_START, HEADLINE_STOP } from '@persona-lab/db';

const OPTIONS = [
  `StartSel="${HEADLINE_START}"`,
  `StopSel="${HEADLINE_STOP}"`,
  'MaxWords=28',
  'MinWords=10',
  'ShortWord=2',
  'MaxFragments=2',
  'FragmentDelimiter=" … "',
].join(', ');

/**
 * The text search functions search needs that read no table: whether a query has any term, and
 * `ts_headline` snippets of texts (already redacted) under the same `english` configuration.
 */
@Injectable()
export class HeadlineReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** False when `websearch_to_tsquery` finds no term in the query (only stop words or punctuation). */
  async hasTerms(query: string): Promise<boolean> {
    const [row] = await this.db.query(
      `SELECT numnode(websearch_to_tsquery('english', $1)) > 0 AS ok`,
      [query],
    );
    return row.ok === true;
  }

  /** One headline per text, in order, hits wrapped in the U+E000/U+E001 sentinels (stripped from the texts first). */
  async headlines(query: string, texts: readonly string[]): Promise<string[]> {
    if (!texts.length) return [];
    const rows: { h: string }[] = await this.db.query(
      `SELECT ts_headline('english', translate(t, $3, ''), websearch_to_tsquery('english', $1), $4) AS h
         FROM unnest($2::text[]) WITH ORDINALITY AS u(t, n) ORDER BY n`,
      [query, texts, HEADLINE_START + HEADLINE_STOP, OPTIONS],
    );
    return rows.map((r) => r.h);
  }
}
