import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';

/** The server secret participant links are signed with (config `LINK_SECRET`). */
export const LINK_SECRET = Symbol('LINK_SECRET');

/** The hidden field that carries a participant link's signature, next to `participant`. */
export const PARTICIPANT_SIG_FIELD = 'participant_sig';

/** Participant labels are stored up to this length; a longer one cannot be signed. */
export const MAX_PARTICIPANT_LABEL = 200;

/** What a submission's hidden fields say once the participant link is checked. */
export interface ReadParticipant {
  /** The hidden fields to store: never the signature; an unsigned `participant` stays as typed. */
  hiddenFields: Record<string, string> | null;
  /** The participant to link, only when the link was signed for this survey and label. */
  label: string | null;
}

/**
 * Signed participant links: `/s/<slug>?participant=<label>&participant_sig=<hmac>`. Only a
 * researcher of the survey gets one (it names an interviewee), and a submission links or
 * creates a participant only when the signature matches this survey and label, so a public
 * form cannot attach answers to someone by typing their label into the query string.
 */
@Injectable()
export class ParticipantLinkSigner {
  constructor(@Inject(LINK_SECRET) private readonly secret: string) {}

  /** The signature of a participant link to this survey (base64url, 128 bits). */
  sign(surveyId: string, label: string): string {
    return createHmac('sha256', this.secret)
      .update(`participant-link\u0000${surveyId}\u0000${label}`)
      .digest('base64url')
      .slice(0, 22);
  }

  /** True when `signature` is this survey's signature of `label`. */
  verify(surveyId: string, label: string, signature: string): boolean {
    const want = Buffer.from(this.sign(surveyId, label));
    const got = Buffer.from(signature);
    return got.length === want.length && timingSafeEqual(got, want);
  }

  /**
   * Splits a submission's hidden fields into what is stored and the participant to link.
   * An unsigned or tampered `participant` is kept as an ordinary hidden field (researchers
   * still see what the link said) and links nobody; the signature itself is never stored.
   */
  read(surveyId: string, fields: Record<string, string> | null): ReadParticipant {
    if (!fields) return { hiddenFields: null, label: null };
    const { [PARTICIPANT_SIG_FIELD]: signature, ...rest } = fields;
    const label = rest.participant?.trim();
    const signed =
      !!label &&
      !!signature &&
      label.length <= MAX_PARTICIPANT_LABEL &&
      this.verify(surveyId, label, signature);
    return {
      hiddenFields: Object.keys(rest).length ? rest : null,
      label: signed ? label : null,
    };
  }
}
