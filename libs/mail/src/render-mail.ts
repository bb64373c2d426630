/** The shared look of every mail: a heading, paragraphs, an optional button and a footer. */
export interface MailContent {
  heading: string;
  /** Plain text; each becomes a paragraph (escaped in HTML). */
  paragraphs: string[];
  /** A call to action: a button in HTML, the label and the bare URL in text. */
  action?: { label: string; url: string };
  /** A small line under a rule, e.g. why the mail was sent or how to unsubscribe. */
  footer?: string;
}

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

/**
 * Renders a mail's text and HTML bodies alike for every sender. The HTML has inline styles only,
 * no remote images, no scripts and no tracking: every piece of content is escaped, and the
 * action's URL must be http(s).
 */
export function renderMail(content: MailContent): { text: string; html: string } {
  const action = content.action
    ? { label: content.action.label, url: safeUrl(content.action.url) }
    : undefined;
  const text = [
    content.heading,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(action ? [`${action.label}: ${action.url}`, ''] : []),
    ...(content.footer ? ['--', content.footer] : []),
  ]
    .join('\n')
    .trimEnd()
    .concat('\n');

  const paragraphs = content.paragraphs
    .map(
      (p) =>
        `<p style="margin:0 0 16px;font-size:15px;line-height:1.5;color:#1f2933;${FONT}">${escapeHtml(p)}</p>`,
    )
    .join('\n');
  const button = action
    ? `<p style="margin:24px 0;${FONT}"><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:10px 18px;border-radius:6px;background:#2f5bea;color:#ffffff;text-decoration:none;font-weight:600;font-size:15px;${FONT}">${escapeHtml(action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;line-height:1.5;color:#52606d;${FONT}">If the button does not work, copy this address into your browser:<br><span style="word-break:break-all;">${escapeHtml(action.url)}</span></p>`
    : '';
  const footer = content.footer
    ? `<hr style="border:none;border-top:1px solid #e4e7eb;margin:24px 0 12px;">
<p style="margin:0;font-size:12px;line-height:1.5;color:#7b8794;${FONT}">${escapeHtml(content.footer)}</p>`
    : '';
  const html = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(content.heading)}</title></head>
<body style="margin:0;padding:0;background:#f5f7fa;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f7fa;padding:24px 0;">
<tr><td align="center">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border:1px solid #e4e7eb;border-radius:8px;">
<tr><td style="padding:28px 32px;">
<p style="margin:0 0 20px;font-size:13px;font-weight:600;letter-spacing:0.04em;color:#52606d;${FONT}">Persona Lab</p>
<h1 style="margin:0 0 20px;font-size:20px;line-height:1.3;color:#1f2933;${FONT}">${escapeHtml(content.heading)}</h1>
${paragraphs}
${button}
${footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
  return { text, html };
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only http(s) links go into a mail (no `javascript:` or `data:`). */
function safeUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new Error('A mail link must be an http(s) URL.');
  return parsed.toString();
}
