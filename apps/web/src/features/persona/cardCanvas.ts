import type { TraitKind } from '../../gql/graphql';
import { KIND_LABELS, TRAIT_KINDS, avatarDataUrl, percent } from './personas';

/** What the one-page card shows; the print view and the PNG share it. */
export interface CardContent {
  name: string;
  tagline?: string | null;
  summary: string;
  avatarSvg: string;
  segmentShare: number;
  participantCount: number;
  studyName?: string | null;
  traits: { kind: TraitKind; text: string }[];
  quotes: { quote: string; participant?: { label: string } | null }[];
}

/** Up to `perKind` traits of each kind, in the usual kind order. */
export function cardTraits(content: CardContent, perKind = 2) {
  return TRAIT_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    texts: content.traits
      .filter((t) => t.kind === kind)
      .slice(0, perKind)
      .map((t) => t.text),
  })).filter((group) => group.texts.length > 0);
}

const WIDTH = 1200;
const HEIGHT = 1500;
const PAD = 80;
const FONT = 'Inter, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/** An SVG without width/height has no intrinsic size in some browsers, so canvas cannot draw it. */
function sizedSvg(svg: string): string {
  const open = /<svg\b[^>]*>/i.exec(svg)?.[0];
  if (!open || /\swidth=/.test(open)) return svg;
  return svg.replace(/<svg\b/i, '<svg width="512" height="512"');
}

function loadImage(src: string): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => resolve(null);
    img.src = src;
  });
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws the persona card on a canvas, with no library, and returns it as a PNG. */
export async function renderCardPng(content: CardContent): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images.');
  const inner = WIDTH - PAD * 2;
  const bottom = HEIGHT - PAD - 40;
  let y = PAD;

  /** Writes wrapped text; stops (with an ellipsis) where the card ends. */
  function text(
    value: string,
    font: string,
    color: string,
    lineHeight: number,
    maxLines = 99,
    x = PAD,
    width = inner,
  ) {
    ctx!.font = font;
    ctx!.fillStyle = color;
    const lines = wrap(ctx!, value, width);
    const room = Math.max(0, Math.floor((bottom - y) / lineHeight));
    const shown = lines.slice(0, Math.min(maxLines, room));
    shown.forEach((line, i) => {
      const last = i === shown.length - 1 && shown.length < lines.length;
      ctx!.fillText(last ? `${line.replace(/\s*\S*$/, '')}…` : line, x, y + lineHeight * 0.8);
      y += lineHeight;
    });
  }

  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, HEIGHT);
  ctx.fillStyle = '#4f46e5';
  ctx.fillRect(0, 0, WIDTH, 16);

  const avatar = await loadImage(avatarDataUrl(sizedSvg(content.avatarSvg)));
  const size = 200;
  ctx.fillStyle = '#eef2ff';
  ctx.fillRect(PAD, y, size, size);
  if (avatar) ctx.drawImage(avatar, PAD, y, size, size);

  const textX = PAD + size + 40;
  const textWidth = WIDTH - textX - PAD;
  const headerTop = y;
  y += 10;
  text(content.name, `700 56px ${FONT}`, '#0f172a', 66, 2, textX, textWidth);
  if (content.tagline)
    text(content.tagline, `400 30px ${FONT}`, '#475569', 40, 2, textX, textWidth);
  y = Math.max(y, headerTop + size) + 40;

  text(
    `${percent(content.segmentShare)} of participants · ${content.participantCount} participants`,
    `600 26px ${FONT}`,
    '#334155',
    36,
  );
  ctx.fillStyle = '#f1f5f9';
  ctx.fillRect(PAD, y + 4, inner, 16);
  ctx.fillStyle = '#6366f1';
  ctx.fillRect(PAD, y + 4, inner * Math.max(0, Math.min(1, content.segmentShare)), 16);
  y += 56;

  text(content.summary, `400 28px ${FONT}`, '#0f172a', 40, 6);
  y += 24;

  for (const group of cardTraits(content)) {
    if (y + 80 > bottom) break;
    text(group.label.toUpperCase(), `700 22px ${FONT}`, '#4338ca', 32);
    for (const t of group.texts) text(`• ${t}`, `400 26px ${FONT}`, '#1e293b', 36, 2);
    y += 12;
  }

  const quote = content.quotes[0];
  if (quote && y + 100 < bottom) {
    y += 12;
    const who = quote.participant?.label ? ` — ${quote.participant.label}` : '';
    text(`“${quote.quote}”${who}`, `italic 400 28px ${FONT}`, '#334155', 40, 3);
  }

  ctx.font = `400 22px ${FONT}`;
  ctx.fillStyle = '#64748b';
  ctx.fillText(
    ['Persona Lab', content.studyName].filter(Boolean).join(' · '),
    PAD,
    HEIGHT - PAD + 10,
  );

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made.'))),
      'image/png',
    ),
  );
}
