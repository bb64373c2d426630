import { gqlRequest } from '../../../api/client';
import { graphql } from '../../../gql';
import type { ResultsFilter } from '../../../gql/graphql';
import type { DraftQuestion } from '../../surveys/draft';
import type { SurveyResults } from './results';

const StudyPersonaChoicesDocument = graphql(`
  query StudyPersonaChoices($studyId: ID!) {
    study(id: $studyId) {
      id
      personas {
        id
        name
        status
        segmentShare
      }
    }
  }
`);

/** A persona the results can be cut by. */
export interface PersonaChoice {
  id: string;
  name: string;
  /** Share of the study's participants, 0 to 1. */
  segmentShare: number;
}

/** The study's personas that results can be cut by (archived ones are left out), oldest first. */
export async function loadPersonaChoices(
  studyId: string,
  signal?: AbortSignal,
): Promise<PersonaChoice[]> {
  const { study } = await gqlRequest(StudyPersonaChoicesDocument, { studyId }, { signal });
  return (study?.personas ?? [])
    .filter((p) => p.status !== 'ARCHIVED')
    .map(({ id, name, segmentShare }) => ({ id, name, segmentShare }));
}

/** The page's filter with the persona cut added (null when nothing filters). */
export function withPersona(
  filter: ResultsFilter | null,
  personaId: string | null,
): ResultsFilter | null {
  if (!personaId) return filter;
  return { ...(filter ?? {}), personaId };
}

/** One column of a cross-tab: a persona, or the whole study. */
export interface CrossTabColumn {
  key: string;
  label: string;
  results: SurveyResults;
}

export interface CrossTabCell {
  count: number;
  /** count / that column's answers to the question; null when nobody in the column answered. */
  share: number | null;
  /** The highest share of this answer among the personas (ties all count). */
  top: boolean;
}

export interface CrossTab {
  questionId: string;
  title: string;
  columns: { key: string; label: string; answered: number }[];
  rows: { id: string; label: string; cells: CrossTabCell[] }[];
}

const CROSS_TAB_TYPES = new Set([
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'DROPDOWN',
  'RATING',
  'LIKERT',
  'NPS',
]);

/**
 * For each choice or scale question, the answer distribution per column
 * (personas, then the whole study). Per answer, the persona columns with the
 * highest share are marked `top`; the whole-study column (`baselineKey`) is a
 * reference and never marked.
 */
export function crossTabs(
  questions: DraftQuestion[],
  columns: CrossTabColumn[],
  baselineKey: string,
): CrossTab[] {
  const tabs: CrossTab[] = [];
  for (const q of questions) {
    if (!CROSS_TAB_TYPES.has(q.type)) continue;
    const results = columns.map((c) => c.results.questions.find((r) => r.questionId === q.id));
    const template = results.find((r) => r?.choices?.length)?.choices;
    if (!template) continue;
    const rows = template.map((choice) => {
      const cells = results.map((r) => {
        const count = r?.choices?.find((c) => c.choiceId === choice.choiceId)?.count ?? 0;
        const answered = r?.answered ?? 0;
        return { count, share: answered ? count / answered : null, top: false };
      });
      const personaShares = cells
        .filter((_, i) => columns[i].key !== baselineKey)
        .map((c) => c.share ?? 0);
      const best = Math.max(0, ...personaShares);
      if (best > 0)
        cells.forEach((c, i) => {
          c.top = columns[i].key !== baselineKey && c.share === best;
        });
      return { id: choice.choiceId, label: choice.label, cells };
    });
    tabs.push({
      questionId: q.id,
      title: q.title,
      columns: columns.map((c, i) => ({
        key: c.key,
        label: c.label,
        answered: results[i]?.answered ?? 0,
      })),
      rows,
    });
  }
  return tabs;
}
