import { it } from 'vitest';
import { generateNeedsStudy } from './generate-needs-study';
import { synthesize } from './synthesize';
it('explore', () => {
  const study = generateNeedsStudy({ respondents: 0, interviewees: 40, turns: 16, seed: 5 });
  const r = synthesize(study.input);
  console.log(JSON.stringify(r.diagnostics), r.warnings);
});
