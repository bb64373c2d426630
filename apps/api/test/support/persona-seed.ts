import type { TestDatabase } from '@persona-lab/db/testing';

/**
 * A synthesis-made persona (version 1, DRAFT) whose one trait quotes `phrase`
 * from a real transcript segment, written with SQL so review tests do not
 * depend on what the clustering happens to produce.
 */
export async function seedPersonaRow(
  db: TestDatabase,
  opts: { studyId: string; runId: string; segment: { id: string; text: string }; name?: string; phrase?: string },
): Promise<string> {
  const phrase = opts.phrase ?? 'export everything to CSV';
  const start = opts.segment.text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the segment`);
  const [{ participant_id }] = await db.query<{ participant_id: string }>(
    'SELECT i.participant_id FROM transcript_segment s JOIN interview i ON i.id = s.interview_id WHERE s.id = $1',
    [opts.segment.id],
  );
  const evidence = {
    source: { type: 'TRANSCRIPT_SEGMENT', segmentId: opts.segment.id },
    start,
    end: start + phrase.length,
    quote: phrase,
    participantId: participant_id,
  };
  const content = {
    name: opts.name ?? 'Morning Exporter',
    tagline: 'Works around the dashboard',
    summary: 'Exports data every morning.',
    avatarSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
    segmentShare: 1,
    participantCount: 1,
    traits: [{ kind: 'BEHAVIOR', text: 'Exports to CSV every morning', evidence: [evidence], share: 1, lift: 1.5, key: 'code:csv' }],
    quotes: [evidence],
  };
  const [p] = await db.query<{ id: string }>(
    `INSERT INTO persona (study_id, status, latest_version, synthesis_run_id) VALUES ($1, 'DRAFT', 1, $2) RETURNING id`,
    [opts.studyId, opts.runId],
  );
  await db.query(
    `INSERT INTO persona_version (persona_id, version, content, origin, synthesis_run_id) VALUES ($1, 1, $2, 'SYNTHESIS', $3)`,
    [p.id, JSON.stringify(content), opts.runId],
  );
  return p.id;
}
