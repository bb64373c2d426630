import { describe, expect, it } from 'vitest';
import { FORMS_CSV } from '../../test/import/fixture';
import { CsvImportError, importSurveyCsv, previewSurveyCsv } from './index';

describe('previewSurveyCsv', () => {
  it('describes every column, skipped ones included, with the import’s own inference', async () => {
    const preview = await previewSurveyCsv(FORMS_CSV);
    const imported = await importSurveyCsv(FORMS_CSV);
    expect(preview.rowCount).toBe(imported.responses.length);
    expect(preview.columns.map((c) => c.index)).toEqual([...Array(11).keys()]);
    expect(preview.columns.filter((c) => c.skip).map((c) => c.header)).toEqual(['Timestamp', 'Anything else?', 'Response ID']);
    expect(preview.warnings).toEqual(imported.warnings);
    const kept = preview.columns.filter((c) => !c.skip);
    expect(kept.map((c) => [c.header, c.type, c.personaField, c.sensitive])).toEqual(
      imported.definition.questions.map((q) => [q.title, q.type, q.personaField, q.sensitive]),
    );
    for (const c of preview.columns) expect(c.reason, c.header).toMatch(/→/);
  });

  it('shows up to five distinct example cells, never an email address or phone number', async () => {
    const csv = ['Contact,Comment', 'ana@example.com,call me on +44 20 7946 0958', 'bo@example.org,Fine', 'n/a,Fine', ',Slow', ',Too slow', ',Crashes', ',Ugly', `,${'x'.repeat(300)}`].join('\n');
    const preview = await previewSurveyCsv(csv);
    const [contact, comment] = preview.columns;
    expect(contact.sampleValues).toEqual(['n/a']);
    expect(comment.sampleValues).toEqual(['Fine', 'Slow', 'Too slow', 'Crashes', 'Ugly']);
    const long = (await previewSurveyCsv(`Story\n${'y'.repeat(300)}\nshort\n`)).columns[0].sampleValues;
    expect(long[0]).toHaveLength(120);
    expect(long[0].endsWith('…')).toBe(true);
  });

  it('applies column overrides the way the import does, saying they were set', async () => {
    const preview = await previewSurveyCsv(FORMS_CSV, [
      { header: 'What would you improve?', personaField: 'PAIN_POINT' },
      { header: 'What is your role?', sensitive: true },
      { header: 'Response ID', skip: false },
    ]);
    const byHeader = new Map(preview.columns.map((c) => [c.header, c]));
    expect(byHeader.get('What would you improve?')).toMatchObject({ personaField: 'PAIN_POINT', sensitive: false, skip: false });
    expect(byHeader.get('What would you improve?')!.reason).toMatch(/^Set in columns/);
    expect(byHeader.get('What is your role?')).toMatchObject({ personaField: 'DEMOGRAPHIC', sensitive: true });
    expect(byHeader.get('Response ID')!.skip).toBe(false);
  });

  it('refuses more than 500 question columns before reading what they ask', async () => {
    const headers = Array.from({ length: 501 }, (_, i) => `Q${i}`);
    const csv = `${headers.join(',')}\n${headers.map((_, i) => i).join(',')}\n`;
    await expect(previewSurveyCsv(csv)).rejects.toThrow('The CSV has 501 question columns but a survey can have at most 500 questions');
    await expect(importSurveyCsv(csv)).rejects.toThrow(CsvImportError);
  });

  it('fails with the import’s sentence on a file the import refuses', async () => {
    await expect(previewSurveyCsv('A,B\n"x,y\n')).rejects.toThrow(CsvImportError);
    await expect(previewSurveyCsv(FORMS_CSV, [{ header: 'Nope' }])).rejects.toThrow('No column named "Nope" exists; check CsvColumnInput.header.');
  });
});
