import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { gql } from './helpers';

/** Records how long each phase of a test took, as an annotation and on the console. */
export function stopwatch(testInfo: TestInfo) {
  const laps: string[] = [];
  const began = Date.now();
  let last = began;
  return {
    lap(label: string) {
      const now = Date.now();
      laps.push(`${label} ${((now - last) / 1000).toFixed(1)}s`);
      last = now;
    },
    report() {
      const total = `total ${((Date.now() - began) / 1000).toFixed(1)}s`;
      const line = [...laps, total].join(' · ');
      testInfo.annotations.push({ type: 'timings', description: line });
      console.log(`[timings] ${testInfo.title}: ${line}`);
    },
  };
}

/** One cue of a WebVTT file. */
export interface Cue {
  start: string;
  end: string;
  voice: string;
  text: string;
}

/** A WebVTT file with `<v Name>` voices (the timings leave gaps, so no two cues merge). */
export function webVtt(cues: Cue[]): string {
  return [
    'WEBVTT',
    '',
    ...cues.flatMap((c) => [`${c.start} --> ${c.end}`, `<v ${c.voice}>${c.text}`, '']),
  ].join('\n');
}

export interface Segment {
  id: string;
  index: number;
  speaker: string | null;
  text: string;
  isInterviewer: boolean;
}

export async function interviewSegments(request: APIRequestContext, token: string, id: string) {
  const { interview } = await gql(
    request,
    'query($id: ID!) { interview(id: $id) { id title interviewerSpeakers segments { id index speaker text isInterviewer } } }',
    { id },
    token,
  );
  return interview as {
    id: string;
    title: string;
    interviewerSpeakers: string[];
    segments: Segment[];
  };
}

export interface ApiHighlight {
  id: string;
  text: string;
  start: number;
  end: number;
  status: string;
  coder: string;
  code: { id: string; name: string };
  source: { type: string; segmentId: string | null };
}

export async function studyHighlights(
  request: APIRequestContext,
  token: string,
  studyId: string,
  status?: 'ACCEPTED' | 'SUGGESTED' | 'REJECTED',
): Promise<ApiHighlight[]> {
  const { highlights } = await gql(
    request,
    `query($studyId: ID!, $status: HighlightStatus) {
       highlights(studyId: $studyId, status: $status) {
         id text start end status coder code { id name } source { type segmentId }
       }
     }`,
    { studyId, status: status ?? null },
    token,
  );
  return highlights;
}

export async function studyCodes(request: APIRequestContext, token: string, studyId: string) {
  const { study } = await gql(
    request,
    'query($id: ID!) { study(id: $id) { codes { id name category description } } }',
    { id: studyId },
    token,
  );
  return study.codes as {
    id: string;
    name: string;
    category: string;
    description: string | null;
  }[];
}

/** The coded-text paragraph of a transcript turn. */
export const turnText = (page: Page, index: number) =>
  page.getByTestId(`turn-${index}`).locator('[data-coding-source]');

/**
 * Viewport points just inside the first and last characters of `passage` in a
 * turn's text, so a mouse drag between them selects exactly the passage.
 */
async function passageEnds(page: Page, index: number, passage: string) {
  await turnText(page, index).scrollIntoViewIfNeeded();
  return turnText(page, index).evaluate((root, passage) => {
    const text = root.textContent ?? '';
    const at = text.indexOf(passage);
    if (at < 0) throw new Error(`"${passage}" is not in "${text}"`);
    // The boundary (node, offset) of a character index in the rendered text nodes.
    const point = (index: number): [Node, number] => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (index <= seen + length) return [node, index - seen];
        seen += length;
      }
      throw new Error(`index ${index} is past the end`);
    };
    const rectOf = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(...point(from));
      range.setEnd(...point(to));
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      if (!rects.length) throw new Error(`no box for characters ${from}–${to}`);
      return rects[0];
    };
    const first = rectOf(at, at + (passage.codePointAt(0)! > 0xffff ? 2 : 1));
    const lastChar = [...passage].pop()!;
    const endAt = at + passage.length;
    const last = rectOf(endAt - lastChar.length, endAt);
    return {
      from: { x: first.left + 1, y: first.top + first.height / 2 },
      to: { x: last.right - 1, y: last.top + last.height / 2 },
    };
  }, passage);
}

/** Drags the mouse across `passage` inside turn `index`, as a person selecting it would. */
export async function dragSelect(page: Page, index: number, passage: string): Promise<void> {
  const { from, to } = await passageEnds(page, index, passage);
  // The picker takes the focus as soon as the button is released, which moves the
  // document's selection into its input, so the selection is read at release time.
  await page.evaluate(() => {
    document.addEventListener(
      'mouseup',
      () => ((window as any).__selectedOnRelease = document.getSelection()?.toString() ?? ''),
      { capture: true, once: true },
    );
  });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  const selected = await page.evaluate(() => (window as any).__selectedOnRelease as string);
  expect(selected.trim(), 'the mouse selected exactly the passage').toBe(passage);
}

/** Selects `passage` inside turn `index` with a DOM Range (as keyboard selection would leave it). */
export async function rangeSelect(page: Page, index: number, passage: string): Promise<void> {
  await turnText(page, index).scrollIntoViewIfNeeded();
  await turnText(page, index).evaluate((root, passage) => {
    const text = root.textContent ?? '';
    const at = text.indexOf(passage);
    if (at < 0) throw new Error(`"${passage}" is not in "${text}"`);
    const point = (index: number): [Node, number] => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (index <= seen + length) return [node, index - seen];
        seen += length;
      }
      throw new Error(`index ${index} is past the end`);
    };
    const range = document.createRange();
    range.setStart(...point(at));
    range.setEnd(...point(at + passage.length));
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, passage);
  expect(await page.evaluate(() => document.getSelection()?.toString() ?? '')).toBe(passage);
}
