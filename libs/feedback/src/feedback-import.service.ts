import { createHash, randomUUID } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import Papa from 'papaparse';
import { Right, type AuthUser } from '@persona-lab/auth';
import { DomainError, badInput, conflict } from '@persona-lab/errors';
import { customerLabel } from '@persona-lab/privacy/customer-key';
import { ParticipantKeyService, StudyAccessService } from '@persona-lab/studies';
import { DUPLICATE_FILE, FeedbackRepository, type ImportProgress, type NewConversation, type NewMessage } from './data/feedback.repository';
import {
  conversationsOf,
  CsvRowReader,
  csvTitle,
  emptyCounts,
  planFor,
  readConversation,
  type FeedbackField,
  type FeedbackKind,
  type ParsedConversation,
} from './parse';

/** Largest file accepted (bytes). CSV is streamed whatever its size; JSON is read whole, so this bounds memory. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** Rows read before the columns are decided (values guess unknown headers and the day order). */
const PLAN_ROWS = 200;
/** Conversations and messages written per transaction. */
const BATCH_ROWS = 1000;

export interface UploadRequest {
  studyId: string;
  kind: FeedbackKind;
  fileName: string;
  /** The researcher's column mapping by header (CSV); others are proposed. */
  mapping: { header: string; field: FeedbackField }[];
  bytesTotal: number | null;
  /**
   * The file's SHA-256 (hex) as the client computed it: a file already imported into the study is
   * refused before its body is read. The hash of what arrives is still checked at the end.
   */
  sha256?: string | null;
  body: Readable;
}

class TooLarge extends Error {}

/**
 * Imports an uploaded export while it arrives: CSV rows are parsed from the request stream and
 * written in batches (never the whole file in memory), JSON exports (Zendesk, Intercom, Help Scout;
 * one document or one conversation per line) are read whole up to MAX_UPLOAD_BYTES. Progress in
 * bytes and rows is on the import row for GraphQL to poll. The same file twice in one study is a
 * CONFLICT and leaves nothing behind; a failure keeps only the import row with its sentence.
 */
@Injectable()
export class FeedbackImportService {
  constructor(
    private readonly repo: FeedbackRepository,
    private readonly access: StudyAccessService,
    private readonly keys: ParticipantKeyService,
  ) {}

  async upload(user: AuthUser, req: UploadRequest): Promise<string> {
    await this.access.requireStudy(user, req.studyId, Right.RESEARCH);
    if (!req.fileName.trim()) throw badInput('Name the file being imported.');
    if (req.bytesTotal !== null && req.bytesTotal > MAX_UPLOAD_BYTES)
      throw badInput('The file is larger than 50 MB; split the export and import the parts.');
    if (req.sha256 != null) {
      if (!/^[0-9a-f]{64}$/i.test(req.sha256))
        throw badInput("sha256 must be the file's SHA-256 as 64 hexadecimal digits.", { field: 'sha256' });
      if (await this.repo.hashTaken(req.studyId, req.sha256.toLowerCase())) throw conflict(DUPLICATE_FILE);
    }
    const importId = await this.repo.createImport({
      studyId: req.studyId,
      kind: req.kind,
      format: 'UNKNOWN',
      fileName: req.fileName.trim().slice(0, 200),
      bytesTotal: req.bytesTotal,
      createdBy: user.id,
    });
    const state = new ImportState(importId, req.studyId, req.kind, this.keys);
    const hash = createHash('sha256');
    let head = '';
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        state.progress.bytesRead += chunk.length;
        if (state.progress.bytesRead > MAX_UPLOAD_BYTES) return done(new TooLarge());
        hash.update(chunk);
        if (head.length < 64) head += chunk.toString('utf8', 0, 64);
        done(null, chunk);
      },
    });
    try {
      const firstChunk = await peek(req.body);
      const start = firstChunk.toString('utf8').replace(/^\uFEFF/, '').trimStart()[0];
      if (start === '{' || start === '[') await this.json(req, meter, state);
      else await this.csv(req, meter, state);
      const warnings = state.warnings();
      await this.repo.finish(importId, hash.digest('hex'), state.progress, warnings);
      return importId;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'CONFLICT') throw error;
      const sentence =
        error instanceof TooLarge
          ? 'The file is larger than 50 MB; split the export and import the parts.'
          : error instanceof DomainError || error instanceof ReadError
            ? error.message
            : 'The file could not be read to the end (the upload was interrupted or the file is damaged); nothing from it was kept.';
      await this.repo.fail(importId, sentence);
      if (error instanceof DomainError) throw error;
      throw badInput(sentence, { importId });
    }
  }

  private async csv(req: UploadRequest, meter: Transform, state: ImportState): Promise<void> {
    const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header: false, skipEmptyLines: false }) as unknown as NodeJS.ReadWriteStream;
    const feeding = pipeline(req.body, meter, parser as never);
    feeding.catch(() => undefined); // awaited below; a failure also ends the loop
    let headers: string[] | null = null;
    let pending: string[][] = [];
    let reader: CsvRowReader | null = null;
    const readRows = async (rows: string[][]) => {
      for (const row of rows) {
        state.progress.rowsRead++;
        const msg = reader!.read(row);
        if (msg) state.addCsv(msg);
      }
      if (state.size >= BATCH_ROWS) await state.flush(this.repo);
    };
    for await (const raw of parser as AsyncIterable<string[]>) {
      const row = raw.map((c, i) => (i === 0 && !headers ? c.replace(/^\uFEFF/, '') : c));
      if (!headers) {
        headers = row;
        continue;
      }
      if (!reader) {
        pending.push(row);
        if (pending.length < PLAN_ROWS) continue;
        reader = await this.plan(req, headers, pending, state);
        const first = pending;
        pending = [];
        await readRows(first);
        continue;
      }
      await readRows([row]);
    }
    await feeding;
    if (!headers) throw new ReadError('The file is empty: it has no header row.');
    if (!reader) {
      reader = await this.plan(req, headers, pending, state);
      await readRows(pending);
    }
    state.csvCounts = reader.counts;
    await state.flush(this.repo);
  }

  private async plan(req: UploadRequest, headers: string[], sample: string[][], state: ImportState): Promise<CsvRowReader> {
    const plan = planFor(headers, sample, req.kind, req.mapping);
    const reader = new CsvRowReader(plan, req.kind);
    if (!reader.hasText)
      throw new ReadError('No column holds the message text: map one column to "Text" in the preview and import again.');
    state.dayOrderNote = plan.dayOrderConflicting
      ? `The date column mixes day-first and month-first dates; they were read ${plan.dayOrder === 'DMY' ? 'day first' : 'month first'}, as most are.`
      : null;
    await this.repo.setPlan(state.importId, 'CSV', {
      columns: headers.map((header, i) => ({ header, field: plan.fields[i] })),
      dayOrder: plan.dayOrder,
    });
    return reader;
  }

  private async json(req: UploadRequest, meter: Transform, state: ImportState): Promise<void> {
    const chunks: Buffer[] = [];
    await pipeline(req.body, meter, async (source: AsyncIterable<Buffer>) => {
      for await (const c of source) chunks.push(c);
    });
    const text = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
    let docs: unknown[];
    try {
      docs = [JSON.parse(text)];
    } catch {
      try {
        docs = text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
      } catch {
        throw new ReadError('This JSON file cannot be read: it is neither one JSON document nor one JSON object per line.');
      }
    }
    let format: string | null = null;
    for (const doc of docs) {
      let read;
      try {
        read = conversationsOf(doc);
      } catch (error) {
        throw new ReadError((error as Error).message);
      }
      if (!format) {
        format = read.format;
        await this.repo.setPlan(state.importId, format, null);
      }
      for (const item of read.items) {
        state.progress.rowsRead++;
        const c = readConversation(read.format, item, state.jsonCounts, read.users);
        if (c) state.addConversation(c);
        if (state.size >= BATCH_ROWS) await state.flush(this.repo);
      }
    }
    await state.flush(this.repo);
  }
}

/** An error whose message is a sentence for the researcher. */
class ReadError extends Error {}

/** Reads the first chunk of a stream without consuming it. */
async function peek(body: Readable): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const onReadable = () => {
      const chunk: Buffer | null = body.read();
      cleanup();
      if (chunk) body.unshift(chunk);
      resolve(chunk ?? Buffer.alloc(0));
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.alloc(0));
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    const cleanup = () => {
      body.off('readable', onReadable);
      body.off('end', onEnd);
      body.off('error', onError);
    };
    body.once('readable', onReadable);
    body.once('end', onEnd);
    body.once('error', onError);
  });
}

/** What an import has read so far and what waits to be written. */
class ImportState {
  readonly progress: ImportProgress = {
    bytesRead: 0,
    rowsRead: 0,
    conversationCount: 0,
    messageCount: 0,
    emptyDropped: 0,
    datesUnparsed: 0,
  };
  readonly jsonCounts = emptyCounts();
  csvCounts: ReturnType<typeof emptyCounts> & { unknownRoles?: Map<string, number> } = emptyCounts();
  dayOrderNote: string | null = null;
  /** Conversations of the file by their id cell: their row id and next message index (ids only, whatever the file size). */
  private readonly known = new Map<string, { id: string; next: number }>();
  private conversations: NewConversation[] = [];
  private messages: NewMessage[] = [];
  private position = 0;

  constructor(
    readonly importId: string,
    readonly studyId: string,
    readonly kind: FeedbackKind,
    private readonly keys: ParticipantKeyService,
  ) {}

  get size(): number {
    return this.conversations.length + this.messages.length;
  }

  private newConversation(c: Omit<NewConversation, 'id' | 'position' | 'customerKeyHash' | 'customerLabel'>, customer: string | null): string {
    const id = randomUUID();
    const keyHash = customer ? this.keys.hash(this.studyId, customer) : null;
    this.conversations.push({
      ...c,
      id,
      position: this.position++,
      customerKeyHash: keyHash,
      customerLabel: keyHash ? customerLabel(keyHash) : null,
    });
    this.progress.conversationCount++;
    return id;
  }

  addCsv(msg: import('./parse').CsvRowMessage): void {
    let conv = msg.conversationKey ? this.known.get(msg.conversationKey) : undefined;
    if (!conv) {
      const id = this.newConversation(
        { kind: msg.kind, externalId: msg.conversationKey, title: csvTitle(msg), rating: msg.rating, createdAt: msg.date },
        msg.customer,
      );
      conv = { id, next: 0 };
      if (msg.conversationKey) this.known.set(msg.conversationKey, conv);
    } else if (msg.customer) {
      // A conversation whose first rows named no customer takes the first one named (only while still unwritten).
      const pendingConv = this.conversations.find((c) => c.id === conv!.id);
      if (pendingConv && !pendingConv.customerKeyHash) {
        pendingConv.customerKeyHash = this.keys.hash(this.studyId, msg.customer);
        pendingConv.customerLabel = customerLabel(pendingConv.customerKeyHash);
      }
    }
    this.messages.push({ conversationId: conv.id, index: conv.next++, role: msg.role, text: msg.text, sentAt: msg.date });
    this.progress.messageCount++;
  }

  addConversation(c: ParsedConversation): void {
    const id = this.newConversation(
      { kind: c.kind, externalId: c.externalId, title: c.title, rating: c.rating, createdAt: c.createdAt ?? c.messages[0]?.sentAt ?? null },
      c.customerKey,
    );
    c.messages.forEach((m, index) => this.messages.push({ conversationId: id, index, role: m.role, text: m.text, sentAt: m.sentAt }));
    this.progress.messageCount += c.messages.length;
  }

  async flush(repo: FeedbackRepository): Promise<void> {
    this.progress.emptyDropped = this.csvCounts.emptyDropped + this.jsonCounts.emptyDropped;
    this.progress.datesUnparsed = this.csvCounts.datesUnparsed + this.jsonCounts.datesUnparsed;
    const conversations = this.conversations;
    const messages = this.messages;
    this.conversations = [];
    this.messages = [];
    await repo.writeBatch(this.importId, this.studyId, conversations, messages, this.progress);
  }

  warnings(): string[] {
    const out: string[] = [];
    const empty = this.progress.emptyDropped;
    if (empty) out.push(`${empty} empty message${empty === 1 ? ' was' : 's were'} dropped.`);
    const dates = this.progress.datesUnparsed;
    if (dates) out.push(`${dates} date${dates === 1 ? '' : 's'} could not be read and ${dates === 1 ? 'was' : 'were'} left empty.`);
    const notes = this.csvCounts.notesSkipped + this.jsonCounts.notesSkipped;
    if (notes) out.push(`${notes} internal note${notes === 1 ? '' : 's'} or system event${notes === 1 ? '' : 's'} left out (not messages of the conversation).`);
    for (const [role, n] of this.csvCounts.unknownRoles ?? [])
      out.push(`${n} message${n === 1 ? '' : 's'} with the author role “${role}” read as agent turns (never evidence).`);
    if (this.dayOrderNote) out.push(this.dayOrderNote);
    return out;
  }
}

