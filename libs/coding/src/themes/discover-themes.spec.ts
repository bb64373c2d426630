import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME_PARAMS, discoverThemes, discoverThemesWith } from './discover-themes';
import type { ThemeResult, ThemeUnit } from './types';

// Four clearly separate topics, written by hand, ~20 varied answers each.
const TOPICS: Record<string, string[]> = {
  price: [
    'The subscription is far too expensive for a small team.',
    'Pricing went up again this year and we can barely justify the cost.',
    'I would pay for it if the monthly price were lower.',
    'The plans are overpriced compared to the competitors.',
    'Our finance team complains about the licence cost every quarter.',
    'It costs too much per seat once you add more users.',
    'A cheaper plan for freelancers would help a lot.',
    'The price per user is hard to defend to my manager.',
    'We downgraded because the premium tier is too pricey.',
    'Honestly the cost is the main reason we are looking elsewhere.',
    'Discounts for nonprofits and students would make the price fair.',
    'The annual fee is steep for what we actually use.',
    'Paying extra for every add-on makes the total cost painful.',
    'I cannot afford the professional plan on my own budget.',
    'The price increase came without any warning.',
    'Billing per seat makes the tool expensive as we grow.',
    'The cost of the enterprise plan is out of reach for us.',
    'Cheaper pricing would convince the rest of my team to sign up.',
    'We pay a lot of money for features we never touch.',
    'The subscription fee feels too high for a simple tool.',
  ],
  speed: [
    'Pages take forever to load in the morning.',
    'The dashboard is painfully slow with large projects.',
    'Search results lag by several seconds.',
    'Everything freezes when I open a big report.',
    'Loading the board takes more than ten seconds on a good connection.',
    'The app becomes sluggish after an hour of use.',
    'Saving a change makes me wait far too long.',
    'Scrolling through long lists stutters and lags.',
    'Performance drops badly once we have thousands of items.',
    'Opening the settings page is strangely slow.',
    'Charts render so slowly that I give up and refresh.',
    'The spinner stays on screen for ages before anything appears.',
    'Switching between tabs has a noticeable delay.',
    'Uploads crawl and sometimes time out.',
    'It is much slower than it was last year.',
    'The whole interface hangs while a sync is running.',
    'Waiting for the timeline to load wastes my time every day.',
    'The editor lags behind my typing on long documents.',
    'Filters take a long time to apply to the table.',
    'Startup time is slow on my laptop.',
  ],
  export: [
    'I need to export my data to a CSV file.',
    'Exporting reports to Excel loses the formatting.',
    'There is no way to download the raw data as a spreadsheet.',
    'A PDF export of the dashboard would help for meetings.',
    'The CSV export truncates long text columns.',
    'Please let me export all projects at once instead of one by one.',
    'Downloading results as Excel should keep the column names.',
    'Our analysts want a JSON export for their scripts.',
    'The export button is hidden and hard to find.',
    'Exported files use the wrong date format.',
    'I would like a scheduled export to our shared drive.',
    'Getting data out of the tool into a spreadsheet is a pain.',
    'The exported CSV breaks on commas inside answers.',
    'Export to Google Sheets would save me a lot of copying.',
    'Large exports fail before the download finishes.',
    'We need to export the audit log for compliance.',
    'The Excel download is missing the charts.',
    'An API or export feed would let us back up our data.',
    'Export options are limited to one file format.',
    'I copy tables by hand because the export is incomplete.',
  ],
  mobile: [
    'The phone app crashes when I open a notification.',
    'On my iPhone the buttons are too small to tap.',
    'There is no Android app, so I use the website on my phone.',
    'The mobile layout cuts off half the screen.',
    'I mostly work from my tablet and the app feels cramped there.',
    'Push notifications on mobile arrive hours late.',
    'The mobile app logs me out every day.',
    'Offline mode on the phone would help when I travel.',
    'Typing long notes on the phone keyboard is awkward.',
    'The app drains my phone battery quickly.',
    'Landscape mode on the tablet is broken.',
    'Photos uploaded from my phone come out rotated.',
    'The Android version lacks features the iPhone app has.',
    'I cannot approve requests from the mobile app.',
    'The app on my phone is missing the calendar view.',
    'Pinch to zoom does not work on the mobile charts.',
    'Syncing between the phone app and the desktop is unreliable.',
    'The iPad app has not been updated in a year.',
    'Dark mode on the mobile app would be easier on the eyes.',
    'Navigation in the phone app takes too many taps.',
  ],
};

const topicUnits = (): ThemeUnit[] =>
  Object.entries(TOPICS).flatMap(([topic, texts]) =>
    texts.map((text, i) => ({ id: `${topic}-${i}`, text })),
  );

/** A deterministic shuffle (LCG), so the test is repeatable. */
function shuffled<T>(items: T[], seed = 7): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const memberSets = (r: ThemeResult) =>
  r.themes.map((t) =>
    t.members
      .map((m) => `${m.unitId}:${m.start}-${m.end}`)
      .sort()
      .join(' '),
  );

describe('discoverThemes', () => {
  it('recovers four separate topics as separate themes with fitting labels', async () => {
    const result = await discoverThemes(topicUnits());
    expect(result.sentenceCount).toBe(80);
    const words: Record<string, RegExp> = {
      price: /pric|cost|expensive|plan|pay|fee|cheap/i,
      speed: /slow|load|lag|wait|time|fast/i,
      export: /export|csv|excel|download|spreadsheet|data/i,
      mobile: /phone|mobile|app|tablet|android|iphone/i,
    };
    const used = new Set<number>();
    for (const topic of Object.keys(TOPICS)) {
      // The theme holding most of this topic's answers...
      const share = result.themes.map(
        (t) => t.members.filter((m) => m.unitId.startsWith(`${topic}-`)).length,
      );
      const best = share.indexOf(Math.max(...share));
      const theme = result.themes[best]!;
      // ...holds a quarter of its 20 at least, is at least 80% pure, is no other topic's, and is
      // named after it. (The hand-written "speed" answers vary in wording and split into sub-themes.)
      expect(share[best], topic).toBeGreaterThanOrEqual(5);
      expect(share[best]! / theme.members.length, topic).toBeGreaterThanOrEqual(0.8);
      expect(used.has(best), topic).toBe(false);
      used.add(best);
      expect(`${theme.label} ${theme.keyphrases.slice(0, 2).join(' ')}`, topic).toMatch(
        words[topic]!,
      );
      expect(theme.label.split(' ').length).toBeGreaterThanOrEqual(2);
      expect(theme.label.split(' ').length).toBeLessThanOrEqual(5);
      expect(theme.description).toMatch(new RegExp(`^${theme.unitCount} answers about `));
    }
    // Nearly every assigned sentence sits in a theme where its own topic is the majority.
    let pure = 0;
    let assigned = 0;
    for (const t of result.themes) {
      const counts = new Map<string, number>();
      for (const m of t.members)
        counts.set(m.unitId.split('-')[0]!, (counts.get(m.unitId.split('-')[0]!) ?? 0) + 1);
      pure += Math.max(...counts.values());
      assigned += t.members.length;
    }
    expect(pure / assigned).toBeGreaterThanOrEqual(0.85);
    expect(assigned).toBeGreaterThanOrEqual(70);
  });

  it('gives verbatim spans, fits from 0 to 1 and members best fitting first', async () => {
    const units = topicUnits().map((u, i) => ({
      ...u,
      text: `  ${u.text} Really.\n\nAlso: ${u.text.toLowerCase()}` + (i % 2 ? ' ok' : ''),
    }));
    const byId = new Map(units.map((u) => [u.id, u.text]));
    const result = await discoverThemes(units);
    expect(result.themes.length).toBeGreaterThan(0);
    for (const t of result.themes) {
      for (const m of t.members) {
        expect(byId.get(m.unitId)!.slice(m.start, m.end)).toBe(m.quote);
        expect(m.fit).toBeGreaterThanOrEqual(0);
        expect(m.fit).toBeLessThanOrEqual(1);
      }
      for (let i = 1; i < t.members.length; i++)
        expect(t.members[i - 1]!.fit).toBeGreaterThanOrEqual(t.members[i]!.fit);
      expect(t.unitCount).toBe(new Set(t.members.map((m) => m.unitId)).size);
    }
    // "Really." in each of the 80 answers and "ok" after the second sentence of 40: left out, and said so.
    expect(result.message).toMatch(/120 one-word sentences were left out/);
    expect(result.sentenceCount).toBe(160);
    // A sentence sits in at most two themes (its nearest, and one more when it is close to it too);
    // unassigned counts the sentences in none.
    const themesOfSpan = new Map<string, number>();
    for (const t of result.themes) {
      const spans = new Set(t.members.map((m) => `${m.unitId}:${m.start}`));
      expect(spans.size).toBe(t.members.length);
      for (const k of spans) themesOfSpan.set(k, (themesOfSpan.get(k) ?? 0) + 1);
    }
    expect(Math.max(...themesOfSpan.values())).toBeLessThanOrEqual(2);
    expect(result.unassigned + themesOfSpan.size).toBe(160);
  });

  it('lets one-word answers with a content word join the theme their word belongs to', async () => {
    const words = ['Excel', 'CSV', 'Export', 'iPhone', 'Android', 'Pricing'];
    const units = [
      ...topicUnits(),
      ...words.map((text, i) => ({ id: `word-${i}`, text })),
      { id: 'word-nothing', text: 'Nothing.' },
    ];
    const result = await discoverThemes(units);
    expect(result.sentenceCount).toBe(86);
    // "Nothing." names no topic: left out, and said so.
    expect(result.message).toMatch(/1 one-word sentence was left out/);
    const themeOf = (id: string) =>
      result.themes.filter((t) => t.members.some((m) => m.unitId === id));
    const topicShare = (t: (typeof result.themes)[number], topic: string) =>
      t.members.filter((m) => m.unitId.startsWith(`${topic}-`)).length / t.members.length;
    // Each placed word lands in a theme led by its own topic; most words are placed.
    const expected = ['export', 'export', 'export', 'mobile', 'mobile', 'price'];
    let placed = 0;
    words.forEach((_, i) => {
      const ts = themeOf(`word-${i}`);
      if (ts.length) placed++;
      for (const t of ts.slice(0, 1))
        expect(topicShare(t, expected[i]!), words[i]).toBeGreaterThan(0.5);
    });
    expect(placed).toBeGreaterThanOrEqual(4);
  });

  it('places sentences beyond the embedding cap by their words, against a bar fit for words alone', async () => {
    // 40 of the 80 distinct sentences get encoder vectors; the other 40 have only their words.
    const result = await discoverThemesWith(
      topicUnits(),
      {},
      {
        ...DEFAULT_THEME_PARAMS,
        embedLimit: 40,
      },
    );
    expect(result.sentenceCount).toBe(80);
    // With the full bar for words-only sentences 14 end as noise; with the lowered bar, 6.
    expect(result.unassigned).toBeLessThanOrEqual(10);
    let pure = 0;
    let assigned = 0;
    for (const t of result.themes) {
      const counts = new Map<string, number>();
      for (const m of t.members) {
        const topic = m.unitId.split('-')[0]!;
        counts.set(topic, (counts.get(topic) ?? 0) + 1);
      }
      pure += Math.max(...counts.values());
      assigned += t.members.length;
    }
    expect(pure / assigned).toBeGreaterThanOrEqual(0.7);
  });

  it('finds the same themes whatever the order of the units', async () => {
    const a = await discoverThemes(topicUnits());
    const b = await discoverThemes(shuffled(topicUnits()));
    expect(b.themes.map((t) => t.label)).toEqual(a.themes.map((t) => t.label));
    expect(memberSets(b)).toEqual(memberSets(a));
    expect(b.unassigned).toBe(a.unassigned);
  });

  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    await discoverThemes(
      topicUnits().map((u) => ({ ...u, text: `${u.text} (second survey)` })),
      { onProgress: (f) => seen.push(f) },
    );
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= seen[i - 1]!))).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it('says why there are no themes when there are no answers', async () => {
    const r = await discoverThemes([]);
    expect(r.themes).toEqual([]);
    expect(r.message).toMatch(/no answers/i);
    const blank = await discoverThemes([
      { id: 'a', text: '   ' },
      { id: 'b', text: '' },
    ]);
    expect(blank.themes).toEqual([]);
    expect(blank.message).toMatch(/no answers/i);
  });

  it('says why there are no themes for a question with 3 answers', async () => {
    const r = await discoverThemes(topicUnits().slice(0, 3));
    expect(r.themes).toEqual([]);
    expect(r.sentenceCount).toBe(3);
    expect(r.message).toMatch(/Only 3 answers .* at least 5/);
  });

  it('says why there are no themes when every answer is one word', async () => {
    const words = ['Nothing', 'Git', 'speed', 'Dunno', 'Pricing!', 'export', 'mobile', 'nope.'];
    const r = await discoverThemes(words.map((text, i) => ({ id: `w${i}`, text })));
    expect(r.themes).toEqual([]);
    expect(r.message).toMatch(/single word/);
  });

  it('draws no themes from text mostly not in English, and says so', async () => {
    const foreign = [
      'El cuaderno es muy lento y no funciona con los archivos grandes.',
      'La exportación a Excel pierde el formato de las tablas.',
      'Das Programm ist sehr langsam und stürzt oft ab.',
      'Die Preise sind für kleine Teams nicht fair.',
      'Le prix est trop élevé pour une petite équipe.',
      "L'application mobile ne marche pas sur mon téléphone.",
      'Não consigo exportar os dados para uma planilha.',
      'Il programma è molto lento con i progetti grandi.',
      'Het is te duur voor een klein team en de app is traag.',
      'Я не могу экспортировать данные в таблицу.',
      '导出功能太难找到了，而且速度很慢。',
      'アプリが遅くて使いにくいです。',
    ];
    const english = topicUnits().slice(0, 4);
    const r = await discoverThemes([
      ...foreign.map((text, i) => ({ id: `f${i}`, text })),
      ...english,
    ]);
    expect(r.themes).toEqual([]);
    expect(r.message).toMatch(/12 of 16 answers are not in English/);
  });

  it('keeps the English part of a mix and says how many answers were left out', async () => {
    const foreign = [
      'El precio es demasiado alto para nosotros y no lo podemos pagar.',
      'Die App auf dem Handy ist sehr langsam und nicht gut.',
      'Le téléchargement des données en Excel ne marche pas pour moi.',
    ];
    const r = await discoverThemes([
      ...topicUnits(),
      ...foreign.map((text, i) => ({ id: `f${i}`, text })),
    ]);
    expect(r.themes.length).toBeGreaterThanOrEqual(3);
    expect(r.message).toMatch(/3 answers not in English were left out/);
    expect(r.themes.flatMap((t) => t.members).some((m) => m.unitId.startsWith('f'))).toBe(false);
  });

  it('makes one theme of 10,000 identical answers', async () => {
    const units = Array.from({ length: 10_000 }, (_, i) => ({
      id: `same-${i}`,
      text: 'The export to Excel is broken.',
    }));
    const r = await discoverThemes(units);
    expect(r.themes).toHaveLength(1);
    expect(r.themes[0]!.unitCount).toBe(10_000);
    expect(r.themes[0]!.label.split(' ').length).toBeGreaterThanOrEqual(2);
    expect(r.unassigned).toBe(0);
    expect(r.message).toMatch(/same thing/);
  });
});
