import type { TestApp } from './test-app';

export interface SeededMessage {
  id: string;
  conversationId: string;
  role: 'CUSTOMER' | 'AGENT';
  text: string;
}

export interface SeedConversation {
  title: string;
  /** Link the conversation to this participant (as the customer-key link would). */
  participantId?: string | null;
  messages: { role: 'CUSTOMER' | 'AGENT'; text: string }[];
}

/**
 * Writes one finished feedback import with its conversations and messages straight into the
 * feedback tables, for specs of the code that reads feedback (coding, synthesis, search, evidence).
 * The import path itself (parsers, controller, linking) is tested by the feedback lib's own specs.
 */
export async function seedFeedback(
  t: TestApp,
  studyId: string,
  conversations: SeedConversation[],
): Promise<SeededMessage[]> {
  const [imp] = await t.db.query<{ id: string }>(
    `INSERT INTO feedback_import (study_id, kind, format, file_name, status, conversation_count, message_count, finished_at)
     VALUES ($1, 'SUPPORT', 'csv', 'seeded.csv', 'DONE', $2, $3, now()) RETURNING id`,
    [studyId, conversations.length, conversations.reduce((n, c) => n + c.messages.length, 0)],
  );
  const out: SeededMessage[] = [];
  for (const [position, c] of conversations.entries()) {
    const [conv] = await t.db.query<{ id: string }>(
      `INSERT INTO feedback_conversation (study_id, import_id, position, kind, external_id, title, created_at, participant_id)
       VALUES ($1, $2, $3::int, 'SUPPORT', $4, $5, now() - make_interval(hours => 100 - $3::int), $6) RETURNING id`,
      [studyId, imp.id, position, `T-${1000 + position}`, c.title, c.participantId ?? null],
    );
    for (const [index, m] of c.messages.entries()) {
      const [row] = await t.db.query<{ id: string }>(
        `INSERT INTO feedback_message (conversation_id, study_id, index, role, text) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [conv.id, studyId, index, m.role, m.text],
      );
      out.push({ id: row.id, conversationId: conv.id, role: m.role, text: m.text });
    }
  }
  return out;
}
