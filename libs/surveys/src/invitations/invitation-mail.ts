import { renderMail, type OutgoingMail } from '@persona-lab/mail';

export const INVITATION_MAIL = 'survey-invitation';
export const REMINDER_MAIL = 'survey-reminder';

/** What an invitation or reminder mail says. */
export interface InvitationMailInput {
  kind: 'invitation' | 'reminder';
  invitationId: string;
  to: string;
  surveyTitle: string;
  surveyDescription: string | null;
  /** PUBLIC_URL without a trailing slash. */
  publicUrl: string;
  slug: string;
  token: string;
  unsubscribeToken: string;
}

export const answerLink = (publicUrl: string, slug: string, token: string) =>
  `${publicUrl}/s/${encodeURIComponent(slug)}?t=${encodeURIComponent(token)}`;
export const unsubscribeLink = (publicUrl: string, unsubscribeToken: string) =>
  `${publicUrl}/unsubscribe/${encodeURIComponent(unsubscribeToken)}`;

/** One line for a subject: no line breaks, at most 120 characters. */
const oneLine = (s: string, max = 120) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/**
 * The mail inviting (or reminding) one address, in the shared look (`renderMail`): the personal
 * link, an unsubscribe link and a List-Unsubscribe header. No tracking: the OPENED state comes
 * from the link being loaded, never from the mail being displayed.
 */
export function invitationMail(m: InvitationMailInput): OutgoingMail {
  const title = oneLine(m.surveyTitle);
  const link = answerLink(m.publicUrl, m.slug, m.token);
  const unsubscribe = unsubscribeLink(m.publicUrl, m.unsubscribeToken);
  const description = m.surveyDescription ? oneLine(m.surveyDescription, 600) : null;
  const reminder = m.kind === 'reminder';
  const subject = reminder ? `Reminder: ${title}` : `You are invited: ${title}`;
  const opening = reminder
    ? `A reminder: you are invited to answer the survey “${title}”, and it is still open.`
    : `You are invited to answer the survey “${title}”.`;
  const { text, html } = renderMail({
    heading: reminder ? `Reminder: “${title}”` : `You are invited to “${title}”`,
    paragraphs: [
      opening,
      ...(description ? [description] : []),
      'The link is personal and works for one set of answers: please do not forward it.',
    ],
    action: { label: 'Answer the survey', url: link },
    footer: `You get this mail because a researcher invited this address to the survey. To get no more mail about this survey, open ${unsubscribe}`,
  });
  return {
    to: m.to,
    subject,
    text,
    html,
    category: reminder ? REMINDER_MAIL : INVITATION_MAIL,
    refId: m.invitationId,
    headers: { 'List-Unsubscribe': `<${unsubscribe}>` },
  };
}
