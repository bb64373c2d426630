import { Injectable } from '@nestjs/common';
import { Right, type AuthUser } from '@persona-lab/auth';
import { conflict, notFound } from '@persona-lab/errors';
import { redact } from '@persona-lab/privacy';
import { customerLabel } from '@persona-lab/privacy/customer-key';
import { readCsvRows } from '@persona-lab/text';
import { StudyAccessService } from '@persona-lab/studies';
import { FeedbackRepository, type FeedbackConversationRow } from './data/feedback.repository';
import {
  FeedbackConversation,
  FeedbackConversationPage,
  FeedbackImport,
  FeedbackMessage,
  FeedbackPreview,
  type FeedbackFieldEnum,
  type FeedbackKindEnum,
} from './models/feedback.model';
import { conversationsOf, CsvRowReader, planFor, readConversation, emptyCounts, type FeedbackField, type FeedbackKind } from './parse';

const toConversation = (r: FeedbackConversationRow): FeedbackConversation => ({
  id: r.id,
  studyId: r.studyId,
  importId: r.importId,
  kind: r.kind as FeedbackKindEnum,
  title: r.title,
  rating: r.rating,
  createdAt: r.createdAt,
  participantId: r.participantId,
  customerLabel: r.customerKeyHash ? customerLabel(r.customerKeyHash) : null,
  messageCount: r.messageCount,
});

/** Reading, previewing and deleting feedback imports, with the study access check first. */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly repo: FeedbackRepository,
    private readonly access: StudyAccessService,
  ) {}

  async imports(user: AuthUser, studyId: string): Promise<FeedbackImport[]> {
    await this.access.requireStudy(user, studyId, Right.READ);
    return (await this.repo.importsOfStudy(studyId)) as FeedbackImport[];
  }

  async importById(user: AuthUser, id: string): Promise<FeedbackImport> {
    const studyId = await this.studyOf('import', id, 'The feedback import');
    await this.access.requireStudy(user, studyId, Right.READ, 'The feedback import');
    return (await this.repo.importById(id)) as FeedbackImport;
  }

  async deleteImport(user: AuthUser, id: string): Promise<boolean> {
    const studyId = await this.studyOf('import', id, 'The feedback import');
    await this.access.requireStudy(user, studyId, Right.RESEARCH, 'The feedback import');
    const outcome = await this.repo.deleteSettledImport(id);
    if (outcome === 'RUNNING')
      throw conflict(
        'This import is still receiving its file; wait until it is done or has failed, then delete it.',
        { importId: id },
      );
    return outcome === 'DELETED';
  }

  async conversations(user: AuthUser, studyId: string, kind: FeedbackKind | null, offset: number, limit: number): Promise<FeedbackConversationPage> {
    await this.access.requireStudy(user, studyId, Right.READ);
    const page = await this.repo.conversations(studyId, kind, Math.max(0, offset), Math.min(Math.max(1, limit), 200));
    return { items: page.items.map(toConversation), total: page.total };
  }

  async conversation(user: AuthUser, id: string): Promise<FeedbackConversation> {
    const studyId = await this.studyOf('conversation', id, 'The conversation');
    await this.access.requireStudy(user, studyId, Right.READ, 'The conversation');
    return toConversation((await this.repo.conversation(id))!);
  }

  async messages(conversationId: string): Promise<FeedbackMessage[]> {
    return (await this.repo.messagesOf([conversationId])) as FeedbackMessage[];
  }

  private async studyOf(table: 'import' | 'conversation', id: string, what: string): Promise<string> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound(what);
    const studyId = await this.repo.studyOf(table, id);
    if (!studyId) throw notFound(what);
    return studyId;
  }

  /**
   * What importing a file would give, from its first ~200 KB (`sample`): for CSV, the proposed
   * field of each column (changed by `mapping`), the day order, counts of conversations, messages,
   * empty messages and unreadable dates in the sample; for JSON, the vendor. Nothing is stored,
   * and sample values pass through redaction: no email or phone number is shown.
   */
  async preview(
    user: AuthUser,
    studyId: string,
    kind: FeedbackKind,
    sample: string,
    mapping: { header: string; field: FeedbackField }[],
  ): Promise<FeedbackPreview> {
    await this.access.requireStudy(user, studyId, Right.RESEARCH);
    const text = sample.replace(/^\uFEFF/, '');
    const start = text.trimStart()[0];
    if (start === '{' || start === '[') return previewJson(text);
    // The sample may end inside a row: only whole lines are read.
    const cut = text.length >= 150_000 ? text.slice(0, text.lastIndexOf('\n') + 1) : text;
    const [headers = [], ...rows] = readCsvRows(cut);
    const plan = planFor(headers, rows, kind, mapping);
    const reader = new CsvRowReader(plan, kind);
    const conversations = new Set<string>();
    let messages = 0;
    rows.forEach((row, i) => {
      const m = reader.read(row);
      if (!m) return;
      messages++;
      conversations.add(m.conversationKey ?? `row ${i}`);
    });
    const warnings: string[] = [];
    if (!reader.hasText) warnings.push('No column holds the message text: map one column to "Text".');
    if (plan.dayOrderConflicting) warnings.push('The date column mixes day-first and month-first dates.');
    else if (!plan.dayOrderDecided && plan.fields.includes('DATE'))
      warnings.push('Slashed dates could be month-first or day-first; they will be read month first (US).');
    for (const [role, n] of reader.counts.unknownRoles) warnings.push(`${n} messages with the author role “${role}” will be read as agent turns.`);
    return {
      format: 'CSV',
      columns: headers.map((header, index) => ({
        index,
        header,
        field: plan.fields[index] as FeedbackFieldEnum,
        samples:
          plan.fields[index] === 'CUSTOMER'
            ? []
            : rows.slice(0, 3).map((r) => redact((r[index] ?? '').slice(0, 120))),
      })),
      dayOrder: plan.dayOrder,
      rows: rows.length,
      conversations: conversations.size,
      messages,
      emptyDropped: reader.counts.emptyDropped,
      datesUnparsed: reader.counts.datesUnparsed,
      warnings,
    };
  }
}

function previewJson(text: string): FeedbackPreview {
  const base = { columns: [], dayOrder: null, rows: 0, conversations: 0, messages: 0, emptyDropped: 0, datesUnparsed: 0 };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    const vendor = /"conversation_parts"/.test(text) ? 'INTERCOM_JSON' : /"_embedded"|"threads"/.test(text) ? 'HELPSCOUT_JSON' : /"requester_id"|"tickets"/.test(text) ? 'ZENDESK_JSON' : 'JSON';
    return { ...base, format: vendor, warnings: ['Only the start of this JSON file was read; the counts come with the import.'] };
  }
  try {
    const read = conversationsOf(doc);
    const counts = emptyCounts();
    const convs = read.items.map((o) => readConversation(read.format, o, counts, read.users)).filter((c) => c !== null);
    return {
      ...base,
      format: read.format,
      rows: read.items.length,
      conversations: convs.length,
      messages: convs.reduce((n, c) => n + c.messages.length, 0),
      emptyDropped: counts.emptyDropped,
      datesUnparsed: counts.datesUnparsed,
      warnings: counts.notesSkipped ? [`${counts.notesSkipped} internal notes or system events will be left out.`] : [],
    };
  } catch (error) {
    return { ...base, format: 'JSON', warnings: [(error as Error).message] };
  }
}
