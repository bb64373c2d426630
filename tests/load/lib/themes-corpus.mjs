// ~N realistic open answers to "What makes the tool hard to use?" for the theme benchmark:
// eight topics, each with sentence templates and slot words, plus off-topic asides and short
// answers, 1–4 sentences per answer (~2.5 on average), from a seeded PRNG (same corpus each run).

const TOPICS = [
  {
    templates: [
      'The {thing} takes {time} to load when I open {what}.',
      'Everything gets {slow} once {what} grows past a few thousand rows.',
      'I wait {time} every morning for the {thing} to start.',
      'Performance of the {thing} is {slow} on my {device}.',
    ],
    thing: ['kernel', 'dashboard', 'editor', 'report view', 'search page', 'project list'],
    time: ['ages', 'almost a minute', 'far too long', 'several seconds', 'forever'],
    what: [
      'a large notebook',
      'the shared workspace',
      'an old project',
      'the big dataset',
      'our main report',
    ],
    slow: ['painfully slow', 'sluggish', 'laggy', 'unbearably slow', 'slower and slower'],
    device: ['laptop', 'work machine', 'old desktop', 'remote server', 'virtual machine'],
  },
  {
    templates: [
      'Version control with {vcs} is {hard} because the {file} changes on every run.',
      'Diffs of {file} are {hard} to review in {vcs}.',
      'Merging {file} from two people in {vcs} is {hard}.',
      'I want a {clean} history of {file} in {vcs}.',
    ],
    vcs: ['git', 'GitHub', 'our git server', 'pull requests', 'GitLab'],
    hard: ['painful', 'nearly impossible', 'a nightmare', 'really awkward', 'confusing'],
    file: [
      'the notebook file',
      'the JSON output',
      'cell outputs',
      'the metadata',
      'execution counts',
    ],
    clean: ['clean', 'readable', 'meaningful', 'sane', 'reviewable'],
  },
  {
    templates: [
      'Sharing {artifact} with {people} who do not have it installed is {hard}.',
      'I need to send {artifact} to {people} as {format}.',
      'Exporting {artifact} to {format} loses {detail}.',
      'Presenting {artifact} to {people} means converting it to {format} first.',
    ],
    artifact: ['results', 'my analysis', 'a finished report', 'the charts', 'a notebook'],
    people: ['managers', 'clients', 'colleagues', 'reviewers', 'students'],
    format: ['PDF', 'slides', 'a Word document', 'static HTML', 'a spreadsheet'],
    hard: ['hard', 'a chore', 'clumsy', 'too much work', 'frustrating'],
    detail: [
      'the formatting',
      'the interactive plots',
      'the table of contents',
      'code highlighting',
      'the images',
    ],
  },
  {
    templates: [
      'Installing {pkg} on {os} took me {time}.',
      'Setting up {pkg} behind {obstacle} is {hard}.',
      'Getting {pkg} to find the right {env} is {hard}.',
      'The first setup on {os} broke because of {obstacle}.',
    ],
    pkg: ['the server', 'extensions', 'the kernels', 'the R kernel', 'the whole stack'],
    os: ['Windows', 'a Mac', 'our cluster', 'Ubuntu', 'a locked-down laptop'],
    time: ['a whole day', 'hours', 'two afternoons', 'far too long', 'a week of trial and error'],
    obstacle: [
      'a corporate proxy',
      'the firewall',
      'missing permissions',
      'conflicting versions',
      'an old Python',
    ],
    env: ['Python environment', 'conda environment', 'virtualenv', 'interpreter', 'library path'],
    hard: ['confusing', 'fragile', 'a pain', 'badly documented', 'error-prone'],
  },
  {
    templates: [
      'Editing {code} in the browser lacks {feature}.',
      'I miss {feature} when writing {code}.',
      'Without {feature} the editor feels {weak} compared to {ide}.',
      'Refactoring {code} is {weak} without {feature}.',
    ],
    code: ['long functions', 'large cells', 'Python modules', 'SQL queries', 'helper code'],
    feature: [
      'proper autocomplete',
      'a debugger',
      'find and replace across files',
      'vim keybindings',
      'linting',
      'a variable inspector',
    ],
    weak: ['primitive', 'clumsy', 'limited', 'frustrating', 'slow going'],
    ide: ['PyCharm', 'VS Code', 'RStudio', 'Emacs', 'a real IDE'],
  },
  {
    templates: [
      'Working on {artifact} together with {people} at the same time is {hard}.',
      'Real-time collaboration like {ref} would help {people}.',
      'Two of us editing {artifact} overwrite each other {how}.',
      'Commenting on {artifact} with {people} is {hard}.',
    ],
    artifact: [
      'a notebook',
      'the same analysis',
      'a shared report',
      'one project',
      'our team workspace',
    ],
    people: ['my team', 'colleagues', 'co-authors', 'students', 'the data team'],
    ref: ['Google Docs', 'shared documents', 'pair programming tools', 'live cursors'],
    hard: ['impossible', 'awkward', 'messy', 'not supported', 'a struggle'],
    how: ['all the time', 'without warning', 'constantly', 'every week', 'silently'],
  },
  {
    templates: [
      'The kernel {crash} when {trigger}.',
      'I lose {loss} whenever the kernel {crash}.',
      'Long jobs {crash} after {time} and {loss} is gone.',
      'Memory errors make the kernel {crash} if {trigger}.',
    ],
    crash: ['crashes', 'dies', 'hangs', 'restarts', 'freezes'],
    trigger: [
      'I load a big file',
      'a plot has many points',
      'the laptop sleeps',
      'two notebooks run',
      'the connection drops',
    ],
    loss: ['my variables', 'all state', 'hours of work', 'unsaved output', 'the results'],
    time: ['an hour', 'a few minutes', 'overnight', 'a while', 'some time'],
  },
  {
    templates: [
      'Hidden state from running cells out of order {bites} {who}.',
      'Cells run in the wrong order {bites} {who} when rerunning {what}.',
      'It is {hard} to know which cells {what} depends on.',
      'Reproducing {what} from a fresh kernel {bites} {who}.',
    ],
    bites: ['confuses', 'trips up', 'surprises', 'misleads', 'catches out'],
    who: ['new students', 'me', 'my colleagues', 'reviewers', 'beginners'],
    what: ['an analysis', 'the results', 'a figure', 'yesterday’s work', 'the final model'],
    hard: ['hard', 'difficult', 'tricky', 'not obvious', 'impossible'],
  },
];
const ASIDES = [
  'Otherwise I love it.',
  'Maybe that is just me.',
  'Thanks for asking.',
  'Not sure if this is fixable.',
  'It has been like this for a while.',
  'Keep up the good work!',
];
// People phrase the same point in their own words: openers and endings make most sentences unique.
const OPENERS = [
  '',
  '',
  'Honestly, ',
  'For me, ',
  'Sadly ',
  'Mostly, ',
  'Also, ',
  'At work ',
  'In my lab ',
  'Lately ',
];
const ENDINGS = [
  '',
  '',
  ' for our team',
  ' on bigger projects',
  ' these days',
  ' at least for me',
  ' in class',
  ' every single week',
  ' since the last update',
];
const SHORT = [
  'Nothing.',
  'Nothing really',
  'Speed',
  'Git integration',
  'N/A',
  'Not much, it works well for me.',
];

/** mulberry32 */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` units `{ id, text }` for discoverThemes. */
export function themeAnswers(n, seed = 2015) {
  const r = prng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const sentence = (topic) => {
    const core = pick(topic.templates).replace(/\{(\w+)\}/g, (_, slot) => pick(topic[slot]));
    const opener = pick(OPENERS);
    const text =
      opener && !/^I\b/.test(core) ? opener + core[0].toLowerCase() + core.slice(1) : opener + core;
    return text.replace(/\.$/, `${pick(ENDINGS)}.`);
  };
  const units = [];
  for (let i = 0; i < n; i++) {
    if (r() < 0.06) {
      units.push({ id: `a${i}`, text: pick(SHORT) });
      continue;
    }
    const main = pick(TOPICS);
    const parts = [sentence(main)];
    const more = r() < 0.5 ? 1 : r() < 0.6 ? 2 : 0;
    for (let k = 0; k < more; k++) parts.push(sentence(r() < 0.6 ? main : pick(TOPICS)));
    if (r() < 0.3) parts.push(pick(ASIDES));
    units.push({ id: `a${i}`, text: parts.join(r() < 0.2 ? '\n' : ' ') });
  }
  return units;
}
