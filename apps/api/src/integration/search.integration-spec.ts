import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, type TestApp } from '../../test/support/test-app';

// Query.search on the real database: every source is found, snippets are plain text with the
// matched spans marked, emails and phones never reach a snippet, another workspace sees nothing,
// filters and pagination hold, and bad input is a BAD_USER_INPUT or an empty page, never a 500.

const SEARCH = `query($w: ID!, $q: String!, $s: ID, $src: [SearchSource!], $c: ID, $f: Int, $a: String) {
  search(workspaceId: $w, query: $q, studyId: $s, sources: $src, codeId: $c, first: $f, after: $a) {
    hasNextPage endCursor
    nodes { source id title context snippet highlights { start end } rank studyId studyName link
            speakerRole interviewId segmentId surveyId responseId questionId codeId personaId }
  } }`;

interface Hit {
  source: string;
  id: string;
  title: string;
  context: string | null;
  snippet: string;
  highlights: { start: number; end: number }[];
  rank: number;
  studyId: string;
  studyName: string;
  link: string;
  speakerRole: string | null;
  interviewId: string | null;
  segmentId: string | null;
  surveyId: string | null;
  responseId: string | null;
  questionId: string | null;
  codeId: string | null;
  personaId: string | null;
}
interface Page {
  hasNextPage: boolean;
  endCursor: string | null;
  nodes: Hit[];
}

let t: TestApp;
let a: Awaited<ReturnType<typeof createStudyFixture>>;
let b: Awaited<ReturnType<typeof createStudyFixture>>;
let studyA2: string;
let viewer: { token: string };
let surveyId: string;
let noisyResponse: string;
let interviewId: string;
let samTurn: { id: string; text: string };
let codeId: string;
let personaId: string;

const must = <T>(r: { data?: T | null; errors?: unknown }): T => {
  if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
};

async function search(
  token: string,
  vars: { w: string; q: string; s?: string; src?: string[]; c?: string; f?: number; a?: string },
) {
  return t.gql<{ search: Page }>(SEARCH, vars, token);
}
const hits = async (token: string, vars: Parameters<typeof search>[1]) =>
  must(await search(token, vars)).search.nodes;

async function importTranscript(token: string, studyId: string, title: string, content: string) {
  return must(
    await t.gql<{
      importTranscript: { id: string; segments: { id: string; text: string; speaker: string }[] };
    }>(
      'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id segments { id text speaker } } }',
      { i: { studyId, title, format: 'PLAIN', content, interviewerSpeakers: ['Interviewer'] } },
      token,
    ),
  ).importTranscript;
}

beforeAll(async () => {
  t = await createTestApp();
  a = await createStudyFixture(t, 'Billing study');
  b = await createStudyFixture(t, 'Other tenant');
  viewer = await addMember(t, a.owner, a.workspaceId, 'VIEWER');
  studyA2 = must(
    await t.gql<{ createStudy: { id: string } }>(
      'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }',
      { i: { workspaceId: a.workspaceId, name: 'Second study' } },
      a.owner.token,
    ),
  ).createStudy.id;

  // A survey: an open question, a private EMAIL question and a choice whose option id is a search word.
  const survey = must(
    await t.gql<{ createSurvey: { id: string; slug: string } }>(
      'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }',
      {
        i: {
          studyId: a.studyId,
          title: 'Billing survey',
          questions: [
            { id: 'pain', type: 'LONG_TEXT', title: 'What frustrates you about billing?' },
            { id: 'contact', type: 'EMAIL', title: 'Your email' },
            {
              id: 'plan',
              type: 'SINGLE_CHOICE',
              title: 'Your plan',
              options: [
                { id: 'invoice', label: 'Pay by card' },
                { id: 'other', label: 'Other' },
              ],
            },
          ],
        },
      },
      a.owner.token,
    ),
  ).createSurvey;
  surveyId = survey.id;
  must(
    await t.gql(
      'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
      { id: surveyId },
      a.owner.token,
    ),
  );
  const submit = async (complete: boolean, answers: Record<string, unknown>) =>
    must(
      await t.gql<{ submitResponse: { responseId: string } }>(
        'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }',
        {
          i: {
            slug: survey.slug,
            clientResponseId: randomUUID(),
            complete,
            answers: Object.entries(answers).map(([questionId, value]) => ({ questionId, value })),
          },
        },
      ),
    ).submitResponse.responseId;
  noisyResponse = await submit(true, {
    pain: 'The <b>invoice</b> export is broken & slow. Call me on +44 20 7946 0958 or write to jo.smith@example.com about the invoice.',
    contact: 'invoice.owner@example.com',
    plan: 'invoice',
  });
  await submit(true, { pain: 'Pricing tiers are confusing.', plan: 'invoice' });
  await submit(false, { pain: 'A half-finished note about an invoice (saved, not submitted).' });

  const interview = await importTranscript(
    a.owner.token,
    a.studyId,
    'Call with Sam',
    [
      'Interviewer: How do you handle an invoice today?',
      'Sam: I export every invoice to a spreadsheet, invoice after invoice, then check each invoice total by hand.',
      'Interviewer: Anything else?',
      'Sam: The dashboards load slowly on Mondays.',
    ].join('\n'),
  );
  interviewId = interview.id;
  samTurn = interview.segments.find((s) => s.speaker === 'Sam' && s.text.includes('spreadsheet'))!;
  await importTranscript(
    a.owner.token,
    studyA2,
    'Second call',
    'Interviewer: Hi\nRiley: Our invoice run is monthly.',
  );
  await importTranscript(
    b.owner.token,
    b.studyId,
    'Foreign call',
    'Interviewer: Hi\nAlex: Every invoice is a secret here.',
  );

  codeId = must(
    await t.gql<{ createCode: { id: string } }>(
      'mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }',
      {
        i: {
          studyId: a.studyId,
          name: 'Manual reconciliation',
          category: 'PAIN_POINT',
          description: 'Checking invoice totals by hand.',
        },
      },
      a.owner.token,
    ),
  ).createCode.id;
  const start = samTurn.text.indexOf('export every invoice');
  must(
    await t.gql(
      'mutation($i: ApplyCodeInput!) { applyCode(input: $i) { id } }',
      {
        i: {
          codeId,
          source: { type: 'TRANSCRIPT_SEGMENT', segmentId: samTurn.id },
          start,
          end: start + 'export every invoice to a spreadsheet'.length,
        },
      },
      a.owner.token,
    ),
  );

  // A persona, written as synthesis would store it (tests of search need not run a synthesis).
  const [p] = await t.db.query<{ id: string }>(
    `INSERT INTO persona (study_id, status, latest_version) VALUES ($1, 'DRAFT', 1) RETURNING id`,
    [a.studyId],
  );
  personaId = p.id;
  const content = {
    name: 'Invoice Wrangler',
    tagline: 'Reconciles by hand',
    summary: 'Spends Monday mornings matching totals.',
    avatarSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
    segmentShare: 1,
    participantCount: 1,
    traits: [{ kind: 'BEHAVIOR', text: 'Exports every invoice to a spreadsheet', evidence: [] }],
    quotes: [],
  };
  await t.db.query(
    `INSERT INTO persona_version (persona_id, version, content, origin) VALUES ($1, 1, $2, 'EDIT')`,
    [personaId, JSON.stringify(content)],
  );
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('search', () => {
  it('finds transcript turns (both speakers, labelled), answers, highlights, codes and personas, with deep links', async () => {
    const found = await hits(a.owner.token, { w: a.workspaceId, q: 'invoice', f: 50 });
    const kinds = new Set(found.map((h) => h.source));
    expect([...kinds].sort()).toEqual(['ANSWER', 'CODE', 'HIGHLIGHT', 'PERSONA', 'TRANSCRIPT']);

    const turns = found.filter((h) => h.source === 'TRANSCRIPT');
    expect(new Set(turns.map((h) => h.speakerRole))).toEqual(
      new Set(['INTERVIEWER', 'INTERVIEWEE']),
    );
    const sam = turns.find((h) => h.segmentId === samTurn.id)!;
    expect(sam.link).toBe(`/interviews/${interviewId}?segment=${samTurn.id}`);
    expect(sam.context).toBe('Interviewee · Sam');
    expect(sam.title).toBe('Call with Sam');
    expect(sam.studyName).toBe('Billing study');

    const answer = found.find((h) => h.source === 'ANSWER')!;
    expect(answer).toMatchObject({
      responseId: noisyResponse,
      questionId: 'pain',
      surveyId,
      title: 'What frustrates you about billing?',
      context: 'Billing survey',
    });
    expect(answer.link).toBe(
      `/surveys/${surveyId}/results?response=${noisyResponse}&question=pain`,
    );

    const highlight = found.find((h) => h.source === 'HIGHLIGHT')!;
    expect(highlight).toMatchObject({
      codeId,
      segmentId: samTurn.id,
      interviewId,
      title: 'Manual reconciliation',
    });
    expect(highlight.link).toBe(`/interviews/${interviewId}?segment=${samTurn.id}`);
    expect(found.find((h) => h.source === 'CODE')!.link).toBe(
      `/studies/${a.studyId}/coding?code=${codeId}`,
    );
    expect(found.find((h) => h.source === 'PERSONA')!).toMatchObject({
      personaId,
      link: `/personas/${personaId}`,
      title: 'Invoice Wrangler',
    });
  });

  it('stems (english): "invoices" and "invoicing" find "invoice"; a phrase in quotes finds only that phrase', async () => {
    expect(
      (await hits(a.owner.token, { w: a.workspaceId, q: 'invoices', src: ['TRANSCRIPT'] })).length,
    ).toBeGreaterThan(0);
    const phrase = await hits(a.owner.token, { w: a.workspaceId, q: '"load slowly"' });
    expect(phrase.map((h) => h.source)).toEqual(['TRANSCRIPT']);
    expect(phrase[0].snippet).toContain('dashboards load slowly');
  });

  it('returns plain-text snippets whose marked ranges are the matched words; markup in a source never comes back as markup', async () => {
    const [answer] = await hits(a.owner.token, {
      w: a.workspaceId,
      q: 'invoice export',
      src: ['ANSWER'],
    });
    // ts_headline drops tags; the client renders the snippet as text in any case.
    expect(answer.snippet).not.toContain('<b>');
    expect(answer.snippet).toContain('broken & slow');
    expect(answer.snippet).not.toMatch(/[\uE000\uE001]/);
    expect(answer.highlights.length).toBeGreaterThan(0);
    for (const r of answer.highlights)
      expect(answer.snippet.slice(r.start, r.end)).toMatch(/^(invoice|export)$/i);
  });

  it('never shows an email or phone number in a snippet, and never searches EMAIL answers or choice ids', async () => {
    const found = await hits(a.owner.token, { w: a.workspaceId, q: 'invoice', f: 50 });
    for (const h of found) {
      expect(h.snippet).not.toContain('@example.com');
      expect(h.snippet).not.toContain('7946');
    }
    const answer = found.find((h) => h.source === 'ANSWER')!;
    expect(answer.snippet).toContain('[phone]');
    expect(answer.snippet).toContain('[email]');
    expect(found.filter((h) => h.source === 'ANSWER').map((h) => h.questionId)).toEqual(['pain']);
    expect(await hits(a.owner.token, { w: a.workspaceId, q: 'invoice.owner@example.com' })).toEqual(
      [],
    );
    // The partial response is not searched; the one with only a choice id "invoice" is not a hit.
    expect(await hits(a.owner.token, { w: a.workspaceId, q: 'half-finished' })).toEqual([]);
  });

  it('shows a member only their workspace: another tenant gets NOT_FOUND, and its own search holds only its things', async () => {
    const outsider = await search(b.owner.token, { w: a.workspaceId, q: 'invoice' });
    expect(outsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(outsider.data).toBeNull();
    const own = await hits(b.owner.token, { w: b.workspaceId, q: 'invoice', f: 50 });
    expect(own.map((h) => h.title)).toEqual(['Foreign call']);
    expect(own.every((h) => h.studyId === b.studyId)).toBe(true);
    const mine = await hits(a.owner.token, { w: a.workspaceId, q: 'secret' });
    expect(mine).toEqual([]);
    // A VIEWER reads everything in the workspace.
    expect((await hits(viewer.token, { w: a.workspaceId, q: 'invoice' })).length).toBeGreaterThan(
      0,
    );
    // Anonymous callers are refused.
    const anon = await t.gql(SEARCH, { w: a.workspaceId, q: 'invoice' });
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('filters by study, source kind and code', async () => {
    const second = await hits(a.owner.token, { w: a.workspaceId, q: 'invoice', s: studyA2, f: 50 });
    expect(second.map((h) => [h.source, h.title])).toEqual([['TRANSCRIPT', 'Second call']]);
    const foreignStudy = await search(a.owner.token, {
      w: a.workspaceId,
      q: 'invoice',
      s: b.studyId,
    });
    expect(foreignStudy.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const codes = await hits(a.owner.token, {
      w: a.workspaceId,
      q: 'invoice',
      src: ['CODE', 'PERSONA'],
      f: 50,
    });
    expect(new Set(codes.map((h) => h.source))).toEqual(new Set(['CODE', 'PERSONA']));

    const coded = await hits(a.owner.token, { w: a.workspaceId, q: 'invoice', c: codeId, f: 50 });
    expect(coded.map((h) => h.source).sort()).toEqual(['CODE', 'HIGHLIGHT', 'TRANSCRIPT']);
    expect(coded.find((h) => h.source === 'TRANSCRIPT')!.segmentId).toBe(samTurn.id);
  });

  it('ranks best first: names above passing mentions, a turn about invoices above one that names it once', async () => {
    const found = await hits(a.owner.token, { w: a.workspaceId, q: 'invoice', f: 50 });
    for (let i = 1; i < found.length; i++)
      expect(found[i - 1].rank).toBeGreaterThanOrEqual(found[i].rank);
    const turns = found.filter((h) => h.source === 'TRANSCRIPT' && h.studyId === a.studyId);
    expect(turns[0].segmentId).toBe(samTurn.id);
    expect(turns[1].speakerRole).toBe('INTERVIEWER');
    // The persona's name (weight A) outranks its trait text and any transcript turn.
    const persona = found.findIndex((h) => h.source === 'PERSONA');
    expect(persona).toBeLessThan(found.findIndex((h) => h.source === 'TRANSCRIPT'));
  });

  it('pages with cursors through the same order, without repeats or gaps', async () => {
    const all = await hits(a.owner.token, { w: a.workspaceId, q: 'invoice', f: 50 });
    expect(all.length).toBeGreaterThan(4);
    const walked: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 20; i++) {
      const page = must(
        await search(a.owner.token, { w: a.workspaceId, q: 'invoice', f: 2, a: after }),
      ).search;
      walked.push(...page.nodes.map((h) => `${h.source}:${h.id}`));
      if (!page.hasNextPage) {
        expect(page.endCursor).toBeNull();
        break;
      }
      after = page.endCursor!;
    }
    expect(walked).toEqual(all.map((h) => `${h.source}:${h.id}`));
  });

  it('finds answers of an imported CSV survey (written in the import transaction)', async () => {
    const csv = [
      'Age,What would you improve?',
      '31,"The kiwi export breaks every Monday, please fix the kiwi export"',
      '45,"I would like darker charts and fewer emails"',
      '29,"Search is slow when the project is large"',
    ].join('\n');
    const imported = must(
      await t.gql<{ importSurveyCsv: { id: string } }>(
        'mutation($i: ImportSurveyCsvInput!) { importSurveyCsv(input: $i) { id } }',
        { i: { studyId: studyA2, title: 'Imported feedback', csv } },
        a.owner.token,
      ),
    ).importSurveyCsv;
    const found = await hits(a.owner.token, { w: a.workspaceId, q: 'kiwi', f: 50 });
    expect(found.map((h) => [h.source, h.surveyId, h.studyId, h.title])).toEqual([
      ['ANSWER', imported.id, studyA2, 'What would you improve?'],
    ]);
  });

  it('pages through equal ranks (identical answers) by key, across kinds, without repeats', async () => {
    const survey = must(
      await t.gql<{ survey: { slug: string } }>(
        'query($id: ID!) { survey(id: $id) { slug } }',
        { id: surveyId },
        a.owner.token,
      ),
    ).survey;
    for (let i = 0; i < 5; i++)
      must(
        await t.gql(
          'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }',
          {
            i: {
              slug: survey.slug,
              clientResponseId: randomUUID(),
              complete: true,
              answers: [{ questionId: 'pain', value: 'Walrus walrus tusk.' }],
            },
          },
        ),
      );
    await importTranscript(
      a.owner.token,
      a.studyId,
      'Walrus call',
      'Interviewer: Walrus walrus tusk.\nSam: Walrus walrus tusk.',
    );
    const all = await hits(a.owner.token, { w: a.workspaceId, q: 'walrus', f: 50 });
    expect(all).toHaveLength(7);
    expect(new Set(all.map((h) => h.rank)).size).toBe(1);
    const walked: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = must(
        await search(a.owner.token, { w: a.workspaceId, q: 'walrus', f: 2, a: after }),
      ).search;
      walked.push(...page.nodes.map((h) => `${h.source}:${h.id}`));
      if (!page.hasNextPage) break;
      after = page.endCursor!;
    }
    expect(walked).toEqual(all.map((h) => `${h.source}:${h.id}`));
    expect(new Set(walked).size).toBe(7);
  });

  it('answers bad input with BAD_USER_INPUT or an empty page, never a 500', async () => {
    const code = async (vars: Parameters<typeof search>[1]) => {
      const r = await search(a.owner.token, vars);
      expect(r.status).toBeLessThan(500);
      return (
        r.errors?.[0].extensions?.code ?? (r.data?.search.nodes.length === 0 ? 'EMPTY' : 'HITS')
      );
    };
    expect(await code({ w: a.workspaceId, q: 'x'.repeat(201) })).toBe('BAD_USER_INPUT');
    expect(await code({ w: a.workspaceId, q: '   ' })).toBe('EMPTY');
    expect(await code({ w: a.workspaceId, q: 'the and of' })).toBe('EMPTY');
    for (const garbage of [
      '"(&|!:*',
      "')); DROP TABLE code; --",
      '!!!',
      '-',
      'OR OR',
      '"',
      '\uE000invoice\uE001',
      '<mark>',
    ])
      expect([garbage, await code({ w: a.workspaceId, q: garbage })]).toEqual([
        garbage,
        expect.stringMatching(/^(EMPTY|HITS)$/),
      ]);
    // The API refuses NUL characters in any string before search sees them.
    expect(await code({ w: a.workspaceId, q: 'a\u0000b' })).toMatch(/^(BAD_USER_INPUT|EMPTY)$/);
    expect(await code({ w: a.workspaceId, q: 'invoice', f: 0 })).toBe('BAD_USER_INPUT');
    expect(await code({ w: a.workspaceId, q: 'invoice', f: 51 })).toBe('BAD_USER_INPUT');
    expect(await code({ w: a.workspaceId, q: 'invoice', a: 'not-a-cursor' })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await code({ w: a.workspaceId, q: 'invoice', c: 'not-a-uuid' })).toBe('NOT_FOUND');
    expect(await code({ w: 'not-a-uuid', q: 'invoice' })).toBe('NOT_FOUND');
    expect(await code({ w: a.workspaceId, q: 'invoice', s: 'nope' })).toBe('NOT_FOUND');
  });

  it('keeps answers in step with the response: a partial save completed later becomes searchable', async () => {
    const survey = must(
      await t.gql<{ survey: { slug: string } }>(
        'query($id: ID!) { survey(id: $id) { slug } }',
        { id: surveyId },
        a.owner.token,
      ),
    ).survey;
    const clientResponseId = randomUUID();
    const save = (complete: boolean, pain: string) =>
      t.gql('mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }', {
        i: {
          slug: survey.slug,
          clientResponseId,
          complete,
          answers: [{ questionId: 'pain', value: pain }],
        },
      });
    must(await save(false, 'Draft about kangaroos'));
    expect(await hits(a.owner.token, { w: a.workspaceId, q: 'kangaroos' })).toEqual([]);
    must(await save(true, 'Final words about wombats'));
    expect(await hits(a.owner.token, { w: a.workspaceId, q: 'kangaroos' })).toEqual([]);
    expect(
      (await hits(a.owner.token, { w: a.workspaceId, q: 'wombats' })).map((h) => h.source),
    ).toEqual(['ANSWER']);
  });
});
