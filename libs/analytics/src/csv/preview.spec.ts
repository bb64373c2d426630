import { describe, expect, it } from 'vitest';
import { previewCsv } from './preview';

describe('previewCsv', () => {
  it('shows the header, a few rows and a proposal; drops a line cut mid-way', () => {
    const sample =
      'who,what,when,props\n' +
      'u1,export,2026-12-01T10:00:00Z,"{""a"":1}"\n' +
      'u2,login,1764583200000,\n' +
      'u3,login,Tue, 01 Dec 2026 10:00:00 +0000,\n'.replace('Tue, 01', '"Tue, 01').replace('+0000,', '+0000",') +
      'u4,exp';
    const p = previewCsv(sample);
    expect(p.columns).toEqual(['who', 'what', 'when', 'props']);
    expect(p.rows).toHaveLength(3);
    expect(p.timeColumns).toEqual(['when']);
    expect(p.proposal).toMatchObject({ kind: 'EVENTS', userColumn: 'who', eventColumn: 'what', timeColumn: 'when', propertiesColumn: 'props' });
  });

  it('proposes a summary for numeric per-user columns', () => {
    const p = previewCsv('customer_id,sessions,dashboards_opened\nc1,4,10\nc2,7,0\n');
    expect(p.numericColumns).toEqual(['sessions', 'dashboards_opened']);
    expect(p.proposal).toEqual({ kind: 'SUMMARY', userColumn: 'customer_id', metricColumns: ['sessions', 'dashboards_opened'] });
  });
});
