import { csvCell as guardFormula } from '@persona-lab/privacy';

/** The public link of a survey, or of one invitation when a token is given. */
export function surveyLink(slug: string, token?: string | null): string {
  const base = `${window.location.origin}/s/${encodeURIComponent(slug)}`;
  return token ? `${base}?t=${encodeURIComponent(token)}` : base;
}

/** Copies text with the Clipboard API, falling back to a hidden textarea; false when neither works. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (e.g. an insecure context): try the old way.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** One CSV cell, guarded against spreadsheet formulas (the server's exports do the same), quoted when it needs to be (RFC 4180). */
function csvCell(raw: string): string {
  const value = String(guardFormula(raw));
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text, the first row being the header. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Saves a Blob under `filename` through a temporary link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Whether a workspace role may build and publish surveys (unknown: let the server decide). */
export function canResearch(role: string | null | undefined): boolean {
  return role == null || role === 'OWNER' || role === 'RESEARCHER';
}
