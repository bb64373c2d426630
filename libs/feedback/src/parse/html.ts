const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/i;
const ENTITY = /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©', reg: '®', trade: '™', euro: '€',
};

function decodeEntities(text: string): string {
  return text.replace(/&([a-z]+|#\d+|#x[0-9a-f]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/**
 * A message body as plain text: HTML (as Zendesk `html_body`, Intercom and Help Scout bodies are)
 * loses its tags, scripts and styles; line breaks, paragraphs and list items become new lines;
 * entities are decoded; spaces are collapsed and blank lines kept to one. Text without tags or
 * entities is only trimmed, so "I <3 R" stays as written.
 */
export function htmlToText(input: string): string {
  let text = input;
  if (TAG.test(text)) {
    text = text
      .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<li\b[^>]*>/gi, '\n• ')
      .replace(/<\/(p|div|ul|ol|h[1-6]|blockquote|tr|table|pre)\s*>/gi, '\n')
      .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, '');
    text = decodeEntities(text);
  } else if (ENTITY.test(text)) {
    text = decodeEntities(text);
  }
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
