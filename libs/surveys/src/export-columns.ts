import type { Question } from '@persona-lab/survey-logic';

export interface ExportColumn {
  header: string;
  value(answers: Record<string, unknown>): string | number | '';
}

const labelOf = (q: Question, id: unknown) => q.options?.find((o) => o.id === id)?.label ?? String(id);

/**
 * One column per question; a multiple choice question gets one column per
 * option (1 when picked), a ranking one column per option (its rank), a
 * matrix one column per row (the chosen column's label).
 */
export function exportColumns(questions: Question[]): ExportColumn[] {
  return questions.flatMap((q): ExportColumn[] => {
    const raw = (a: Record<string, unknown>) => a[q.id];
    switch (q.type) {
      case 'MULTIPLE_CHOICE':
        return (q.options ?? []).map((o) => ({
          header: `${q.title} [${o.label}]`,
          value: (a) => (Array.isArray(raw(a)) ? ((raw(a) as unknown[]).includes(o.id) ? 1 : 0) : ''),
        }));
      case 'RANKING':
        return (q.options ?? []).map((o) => ({
          header: `${q.title} [${o.label}]`,
          value: (a) => (Array.isArray(raw(a)) ? (raw(a) as unknown[]).indexOf(o.id) + 1 || '' : ''),
        }));
      case 'MATRIX':
        return (q.rows ?? []).map((row) => ({
          header: `${q.title} [${row.label}]`,
          value: (a) => {
            const v = raw(a) as Record<string, unknown> | undefined;
            return v && v[row.id] !== undefined ? labelOf(q, v[row.id]) : '';
          },
        }));
      case 'SINGLE_CHOICE':
      case 'DROPDOWN':
        return [{ header: q.title, value: (a) => (raw(a) === undefined ? '' : labelOf(q, raw(a))) }];
      default:
        return [{ header: q.title, value: (a) => (raw(a) === undefined ? '' : (raw(a) as string | number)) }];
    }
  });
}
