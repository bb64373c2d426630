import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  RateLimitRepository,
  Right,
  UserReader,
  isLimitReached,
  type AuthUser,
  type SharedLimit,
} from '@persona-lab/auth';
import { DomainError, ErrorCode, badInput } from '@persona-lab/errors';
import { redact } from '@persona-lab/privacy';
import { StudyAccessService } from '@persona-lab/studies';
import { PersonaRepository } from './data/persona.repository';
import { PersonaShareRepository, type ShareLinkRow } from './data/persona-share.repository';
import {
  DEFAULT_SHARE_DAYS,
  MAX_SHARE_DAYS,
  type CreateShareLinkInput,
} from './dto/persona-share.input';
import type {
  ShareLink,
  ShareLinkCreated,
  SharedPersona,
  SharedPersonaSet,
  SharedQuote,
} from './models/persona-share.model';
import type { PersonaContent, StoredEvidence } from './persona-content';
import { smallSegmentOf } from './small-segment';

/** What the app tells the share links: where the web app lives and the public request budget. */
export interface PersonaShareOptions {
  /** Base of the links (config `PUBLIC_URL`). */
  publicUrl: string;
  /** Public requests per minute per client IP (config `PUBLIC_REQUESTS_PER_MINUTE`). */
  publicRequestsPerMinute: number;
}
export const PERSONA_SHARE_OPTIONS = Symbol('PERSONA_SHARE_OPTIONS');

/** The one answer for an unknown, expired or revoked token: nobody can tell which it was. */
export const SHARE_GONE = 'This share link has expired or was revoked.';

const DAY_MS = 86_400_000;
/** 32 random bytes in base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const hashShareToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** No email address or phone number leaves through a share link, whatever a version says. */
const clean = (text: string): string => redact(text);
const cleanOrNull = (text: string | null | undefined): string | null =>
  text == null ? null : clean(text);
const toQuote = (e: StoredEvidence): SharedQuote => ({
  quote: clean(e.quote),
  sourceKind: e.source.type,
});

/** An approved version as a share link shows it: no ids, participants, members or sensitive profile. */
export function toSharedPersona(content: PersonaContent): SharedPersona {
  return {
    name: clean(content.name),
    tagline: cleanOrNull(content.tagline),
    summary: clean(content.summary),
    backstory: cleanOrNull(content.backstory),
    avatarSvg: content.avatarSvg,
    segmentShare: content.segmentShare,
    participantCount: content.participantCount,
    smallSegment: smallSegmentOf(content),
    traits: content.traits.map((t) => ({
      kind: t.kind,
      text: clean(t.text),
      evidence: t.evidence.map(toQuote),
      share: t.share ?? null,
      lift: t.lift ?? null,
      sharedByStudy: t.sharedByStudy ?? false,
    })),
    quotes: content.quotes.map(toQuote),
  };
}

/**
 * Share links: an OWNER or RESEARCHER makes a read-only public link to one approved persona or to
 * a study's approved set; anyone with the link reads the approved versions until it expires or is
 * revoked. Only a SHA-256 of the token is stored.
 */
@Injectable()
export class PersonaShareService {
  private readonly limiter: SharedLimit;

  constructor(
    private readonly shares: PersonaShareRepository,
    private readonly personas: PersonaRepository,
    private readonly access: StudyAccessService,
    private readonly users: UserReader,
    @Inject(PERSONA_SHARE_OPTIONS) private readonly options: PersonaShareOptions,
    limits: RateLimitRepository,
  ) {
    this.limiter = limits.limit({
      name: 'public-share',
      points: options.publicRequestsPerMinute,
      duration: 60,
      inMemoryBlockOnConsumed: options.publicRequestsPerMinute + 1,
    });
  }

  async create(user: AuthUser, input: CreateShareLinkInput): Promise<ShareLinkCreated> {
    const personaId = input.personaId ?? null;
    const studyIdIn = input.studyId ?? null;
    if ((personaId === null) === (studyIdIn === null))
      throw badInput('Give either a persona or a study to share, not both.');
    const days = input.expiresInDays ?? DEFAULT_SHARE_DAYS;
    if (!Number.isInteger(days) || days < 1 || days > MAX_SHARE_DAYS)
      throw badInput(`A share link lasts from 1 to ${MAX_SHARE_DAYS} days.`);
    const { studyId, workspaceId } = personaId
      ? await this.access.requireVia(
          user,
          (id) => this.personas.studyOf(id),
          personaId,
          Right.EDIT_PERSONAS,
          'The persona',
        )
      : await this.access.requireStudy(user, studyIdIn!, Right.EDIT_PERSONAS);
    const approved = await this.shares.approved(studyId, personaId);
    if (approved.length === 0)
      throw badInput(
        personaId
          ? 'Only approved personas can be shared.'
          : 'This study has no approved persona to share yet.',
      );
    const token = randomBytes(32).toString('base64url');
    const id = await this.shares.insert({
      workspaceId,
      studyId,
      personaId,
      tokenHash: hashShareToken(token),
      createdBy: user.id,
      expiresAt: new Date(Date.now() + days * DAY_MS),
    });
    const [link] = await this.links([(await this.shares.byId(id))!]);
    return { url: this.urlOf(token), link };
  }

  async list(user: AuthUser, studyId: string): Promise<ShareLink[]> {
    await this.access.requireStudy(user, studyId, Right.EDIT_PERSONAS);
    return this.links(await this.shares.forStudy(studyId));
  }

  async revoke(user: AuthUser, id: string): Promise<ShareLink> {
    await this.access.requireVia(
      user,
      (linkId) => this.shares.studyOf(linkId),
      id,
      Right.EDIT_PERSONAS,
      'The share link',
    );
    await this.shares.revoke(id);
    const [link] = await this.links([(await this.shares.byId(id))!]);
    return link;
  }

  /** The public page's answer; counts a view. Unknown, expired, revoked and emptied links fail alike. */
  async open(token: string, ip: string): Promise<SharedPersonaSet> {
    await this.rateLimit(ip);
    if (!TOKEN.test(token)) throw gone();
    const link = await this.shares.live(hashShareToken(token));
    if (!link) throw gone();
    const approved = await this.shares.approved(link.study_id, link.persona_id);
    if (approved.length === 0) throw gone();
    await this.shares.countView(link.id);
    return {
      scope: link.persona_id ? 'PERSONA' : 'STUDY',
      personas: approved.map((p) => toSharedPersona(p.content)),
      expiresAt: link.expires_at,
    };
  }

  /** The rows as clients see them, with who made each (one query). */
  private async links(rows: ShareLinkRow[]): Promise<ShareLink[]> {
    const ids = [...new Set(rows.map((r) => r.created_by).filter((id): id is string => !!id))];
    const users = ids.length ? await this.users.mapByIds(ids) : new Map();
    return rows.map((row) => {
      const user = row.created_by ? users.get(row.created_by) : undefined;
      return {
        ...toShareLink(row),
        createdBy: user ? { id: user.id, email: user.email, name: user.name } : null,
      };
    });
  }

  private urlOf(token: string): string {
    return `${this.options.publicUrl.replace(/\/+$/, '')}/share/${token}`;
  }

  private async rateLimit(ip: string): Promise<void> {
    try {
      await this.limiter.consume(ip);
    } catch (error) {
      if (!isLimitReached(error)) throw error;
      throw new DomainError(
        ErrorCode.TOO_MANY_REQUESTS,
        'Too many requests from your network. Wait a minute and try again.',
      );
    }
  }
}

const gone = () => new DomainError(ErrorCode.NOT_FOUND, SHARE_GONE);

function toShareLink(row: ShareLinkRow): ShareLink {
  const now = Date.now();
  return {
    id: row.id,
    scope: row.persona_id ? 'PERSONA' : 'STUDY',
    studyId: row.study_id,
    personaId: row.persona_id,
    personaName: row.persona_name,
    createdBy: null,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    active: row.revoked_at === null && new Date(row.expires_at).getTime() > now,
    viewCount: row.view_count,
    lastViewedAt: row.last_viewed_at,
  };
}
