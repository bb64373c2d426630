import { Injectable } from '@nestjs/common';
import { SourceTextService, checkSpan, type SourceText } from '@persona-lab/coding';
import { DomainError, ErrorCode, badInput, notFound } from '@persona-lab/errors';
import type { StoredEvidence, StoredTrait } from './persona-content';
import type { SourceQuoteInput, TraitInput } from './dto/persona.input';

const MAX_EVIDENCE = 200;

const sourceKey = (s: SourceQuoteInput['source']) =>
  [s.type, s.segmentId ?? '', s.responseId ?? '', s.questionId ?? '', s.messageId ?? '', s.summaryId ?? ''].join(':');

/**
 * Turns traits a person wrote into stored traits: every piece of evidence
 * must be a real span of a participant's own words in the same study, and
 * the quote is read from the source, never taken from the client.
 */
@Injectable()
export class TraitEvidenceChecker {
  constructor(private readonly sources: SourceTextService) {}

  /** Validated traits; unchanged claims (same kind and text) keep their synthesis statistics from `previous`. */
  async check(
    studyId: string,
    traits: TraitInput[],
    previous: StoredTrait[],
  ): Promise<StoredTrait[]> {
    const total = traits.reduce((n, t) => n + t.evidence.length, 0);
    if (total > MAX_EVIDENCE)
      throw badInput(
        `A persona can cite at most ${MAX_EVIDENCE} quotes in its traits; this edit has ${total}.`,
        { field: 'traits' },
      );
    const cache = new Map<string, Promise<SourceText>>();
    const out: StoredTrait[] = [];
    for (const [i, trait] of traits.entries()) {
      const where = `Trait ${i + 1}`;
      const text = trait.text.trim();
      if (!text)
        throw badInput(`${where} needs a text.`, { field: `traits.${i}.text`, traitIndex: i });
      if (text.length > 1000)
        throw badInput(`${where}: keep the text under 1,000 characters.`, {
          field: `traits.${i}.text`,
          traitIndex: i,
        });
      if (!trait.evidence.length)
        throw badInput(`${where} needs at least one quote as evidence.`, {
          field: `traits.${i}.evidence`,
          traitIndex: i,
        });
      const evidence: StoredEvidence[] = [];
      for (const [j, input] of trait.evidence.entries()) {
        evidence.push(
          await this.evidence(studyId, input, cache, `${where}, quote ${j + 1}`, {
            field: `traits.${i}.evidence.${j}`,
            traitIndex: i,
            evidenceIndex: j,
          }),
        );
      }
      const kept = previous.find((p) => p.kind === trait.kind && p.text === text);
      out.push({
        kind: trait.kind,
        text,
        evidence,
        share: kept?.share ?? null,
        lift: kept?.lift ?? null,
        key: kept?.key ?? null,
      });
    }
    return out;
  }

  private async evidence(
    studyId: string,
    input: SourceQuoteInput,
    cache: Map<string, Promise<SourceText>>,
    where: string,
    details: Record<string, unknown>,
  ): Promise<StoredEvidence> {
    const key = sourceKey(input.source);
    // The guard makes another study's source fail exactly like a missing one, before anything about it is checked.
    const guard = (sourceStudy: string) => {
      if (sourceStudy !== studyId) throw notFound('The source');
    };
    if (!cache.has(key)) cache.set(key, this.sources.resolve(input.source, guard));
    let source: SourceText;
    try {
      source = await cache.get(key)!;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      throw badInput(
        error.code === ErrorCode.NOT_FOUND
          ? `${where}: that source is not in this study.`
          : `${where}: ${error.message}`,
        details,
      );
    }
    if (source.isInterviewer)
      throw badInput(
        input.source.type === 'FEEDBACK_MESSAGE'
          ? `${where} is an agent's reply; quote what the customer wrote.`
          : `${where} is an interviewer's turn; quote what a participant said.`,
        details,
      );
    let quote: string;
    try {
      quote = checkSpan(source.text, input.start, input.end);
    } catch (error) {
      if (error instanceof DomainError) throw badInput(`${where}: ${error.message}`, details);
      throw error;
    }
    const s = input.source;
    const ref =
      s.type === 'TRANSCRIPT_SEGMENT'
        ? { type: s.type, segmentId: s.segmentId! }
        : s.type === 'FEEDBACK_MESSAGE'
          ? { type: s.type, messageId: s.messageId! }
          : s.type === 'ANALYTICS_SUMMARY'
            ? { type: s.type, summaryId: s.summaryId! }
            : { type: s.type, responseId: s.responseId!, questionId: s.questionId! };
    return {
      source: ref,
      start: input.start,
      end: input.end,
      quote,
      participantId: source.participantId,
    };
  }
}
