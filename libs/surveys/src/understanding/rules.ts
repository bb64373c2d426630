/**
 * Wording and answer rules: they decide a question's persona field when the text or the answers
 * say it plainly ("how often", "what frustrates you", answers that are email addresses), and
 * they alone decide the sensitive flag. Anything no rule is sure of goes to the sentence encoder.
 */
import { findPrivate } from '@persona-lab/privacy';
import type { PersonaField } from '@persona-lab/survey-logic';
import type { QuestionEvidence, QuestionUnderstanding } from './types';

/** How the field reads in a reason sentence. */
export const FIELD_WORDS: Record<PersonaField, string> = {
  BEHAVIOR: 'behaviour',
  GOAL: 'goal',
  PAIN_POINT: 'pain point',
  MOTIVATION: 'motivation',
  PSYCHOGRAPHIC: 'attitude (psychographic)',
  DEMOGRAPHIC: 'demographic',
  NONE: 'not used for personas',
};

/** Characters of a title, choice label or answer that the rules and the encoder read. */
export const MAX_TITLE = 500;

/**
 * The question as asked, without the export's decorations: SurveyGizmo's "Tool / Application
 * #1:" and "Other - Write In:" prefixes, non-breaking spaces, curly apostrophes.
 */
export function cleanTitle(title: string): string {
  // The first MAX_TITLE characters carry the question; the cap also bounds every rule's work.
  let text = title.slice(0, MAX_TITLE).replace(/[\u00a0\s]+/g, ' ').replace(/[’‘]/g, "'").trim();
  const prefixed = /^(?:[^:?]{1,40}#\s*\d+|other\b[^:?]{0,30}?)\s*::?\s*(?=\S)/i.exec(text);
  if (prefixed && text.length - prefixed[0].length >= 10) text = text.slice(prefixed[0].length);
  return text;
}

interface Rule {
  field: PersonaField;
  test: RegExp;
  /** What the question asks, for "Asks <why> → <field>". */
  why: string;
}

const rule = (field: PersonaField, why: string, test: RegExp): Rule => ({ field, why, test });

/** Special categories (GDPR art. 9 and 10) and exact birth dates. Checked on the cleaned, lower-cased title. */
const SENSITIVE: Rule[] = [
  rule('DEMOGRAPHIC', 'about gender or sex', /\b(gender|genders|sex|pronouns?|transgender|male or female|woman or man)\b/),
  rule('DEMOGRAPHIC', 'about ethnicity or race', /\b(ethnic|ethnicity|ethnicities|race|races|racial|racially)\b/),
  rule('DEMOGRAPHIC', 'about religion or belief', /\b(religion|religious|faith|caste)\b/),
  rule('DEMOGRAPHIC', 'about sexual orientation', /\b(sexual orientation|sexuality|lgbt\w*|gay|lesbian|bisexual|queer)\b/),
  rule(
    'DEMOGRAPHIC',
    'about health or disability',
    /\b(disabilit(?:y|ies)|disabled|impairments?|health conditions?|medical conditions?|chronic|diagnos(?:ed|is|es)|mental health|medications?|illness(?:es)?|pregnan(?:t|cy)|neurodiver\w*|allerg(?:y|ies|ic)|medical dietary)\b/,
  ),
  rule('DEMOGRAPHIC', 'about political opinions', /\b(political|politics|vote[ds]? for|trade unions?|union member\w*)\b/),
  rule('DEMOGRAPHIC', 'about criminal records', /\b(criminal|convictions?|offences?)\b/),
  rule('DEMOGRAPHIC', 'about genetic or biometric data', /\b(genetic|dna|biometric|fingerprint)\b/),
  rule('DEMOGRAPHIC', 'for an exact date of birth', /\b(date of birth|birth ?date|birthday|d\.?o\.?b\.?)\b/),
];

/** Rules for the field, first match wins. Checked on the cleaned, lower-cased title. */
const FIELD_RULES: Rule[] = [
  // Not about the person at all.
  rule(
    'NONE',
    'an attention check',
    /\b(not a robot|are (?:a )?human|paying attention|attention check|number of (?:characters|letters) in the word|what is \d+ (?:plus|\+|times|minus) \d+)\b/,
  ),
  rule(
    'NONE',
    'for contact details',
    /^(?:e-?mail|phone|mobile|telephone|name)\b|\b(e-?mail address|your e-?mail|(?:phone|mobile|telephone) number|contact (?:details|information|info)|(?:full|first|last|sur) ?name|your name|postal address|street address|linkedin|twitter handle|profile url)\b/,
  ),
  rule(
    'NONE',
    'for consent or survey bookkeeping',
    /\b(consent|privacy (?:notice|policy)|terms (?:and conditions|of participation)|agree to (?:participate|take part)|prize draw|quote your answers|hear about this survey|this survey (?:link)?|open this survey|follow-up interview|contact you)\b|^(?:respondent|response|session|customer(?: account)?|order|user|record)? ?(?:id|number|#)$|^(?:start|end|submission|submit) ?(?:date|time)|^interviewer notes|\bnotes$/,
  ),
  rule(
    'NONE',
    'a catch-all "anything else" (themes from its text land in the right fields later)',
    /^(?:is there )?anything else\b|^any (?:other|further|final) (?:comments|thoughts|feedback)|^(?:other|additional|final) comments|anything else (?:you|to)\b/,
  ),
  // Who people are.
  rule('DEMOGRAPHIC', 'for a birth year or age (not sensitive: no exact date)', /\b(how old|your age|age (?:group|range|bracket|band)|year (?:were you|you were) born|born in|birth year|year of birth|what year .*born)\b|^age\b/),
  rule(
    'DEMOGRAPHIC',
    'about role or job',
    /^(?:your |current |primary )?(?:role|job|position|job title)\b|\b(job title|seniority|profession|occupation|job function|employment status|medical specialty|(?:best )?describes? your (?:role|work|job)|categor(?:y|ies) (?:best )?describes? (?:the |your )?work|your (?:primary|current|main)? ?role (?:when|on|in|at)\b|what is your (?:primary |current |main )?(?:role|job|position)|manage other people|what grade do you teach|department do you work|(?:full|part)[- ]time (?:student|employee))\b/,
  ),
  rule('DEMOGRAPHIC', 'about industry or organisation', /\b(industr(?:y|ies)|type of (?:organi[sz]ation|company|business)|(?:company|organi[sz]ation|team) size|size of your|how (?:large|big) is your|how many (?:employees|people) (?:work|are employed)|plan is your company)\b/),
  rule('DEMOGRAPHIC', 'where they live', /^(?:region|country|city|state|location)\b|\b(countr(?:y|ies) (?:do you|you) (?:live|reside|are based)|in (?:what|which) country|what country|which (?:city|region|state|province|time ?zone)|city or region|time ?zone|where are you (?:located|based|from)|where do you live|postcode|zip ?code|reside)\b/),
  rule('DEMOGRAPHIC', 'about education', /\b(highest (?:degree|level)|level of (?:education|school)|education level|field of study|year of your (?:degree|studies)|degree (?:or|do you))\b/),
  rule('DEMOGRAPHIC', 'about years in a role or profession', /\b(years (?:have you )?(?:been |worked )?in (?:this|your|the) (?:current )?(?:role|job|position|profession|field)|years of (?:professional |work )?experience|how long have you (?:been in|worked (?:in|as|at)) (?:this|your|the))\b/),
  rule('DEMOGRAPHIC', 'about household or income', /\b((?:people|persons|adults) (?:live )?in your household|household (?:size|income)|income|salary|marital|children (?:under|living)|own or rent|languages? do you speak|native language)\b/),
  // Attitudes first where the wording would otherwise read as a need or behaviour.
  rule('PSYCHOGRAPHIC', 'how likely they are to recommend (NPS)', /\bhow likely .*recommend|\bwould you recommend\b/),
  rule('PSYCHOGRAPHIC', 'about expectations', /\bhow (?:\w+ )?(?:do|would) you expect\b|\bexpect\b.*\bto (?:be|change|take)\b|\bmeet your expectations\b|\bexpectations\b/),
  rule('PSYCHOGRAPHIC', 'how easy something is, on balance', /\b(easy or difficult|difficult or easy|how easy)\b/),
  // Behaviour worded like a problem (help seeking) or a goal (proficiency) before those.
  rule('BEHAVIOR', 'where they go for help', /\b(where do you (?:go|look|turn) for help|when you (?:have problems|get stuck))\b/),
  rule('BEHAVIOR', 'how experienced they are', /\b(level of (?:experience|expertise|proficiency|skill)|how long did it take you|how experienced)\b/),
  rule(
    'PAIN_POINT',
    'what gets in the way',
    /\b(frustrat\w*|obstacles?|hinders?|hindrances?|hinderances?|in (?:the|your) way|gets? in the way|barriers?|blockers?|prevents? you|keeps? you from|stops? you|stop(?:ped)? using|why did you (?:cancel|stop|leave|quit|unsubscribe|switch away)|cancel\w*|difficult|difficulty|hard(?:est)? (?:part|thing|to)|hard to use|challeng\w*|problems?|pain\w*|annoy\w*|struggl\w*|like least|least (?:like|helpful|favou?rite)|worst|dislike\w*|disappoint\w*|complain\w*|confus\w*|issues?|bugs?|errors?|not address|unmet|missing|lacking|went wrong|go wrong|let you down|slows? you down|too long|tedious|stressful|worr(?:y|ies)|concerns?|surprised you|unreliable)\b/,
  ),
  rule('MOTIVATION', 'why they do or chose it', /\b(why|reasons?|motivat\w*|what (?:made|makes|prompted|led|drew|inspired|convinced|pushed|attracted|got|encourages|drives) you|first attracted|deciding factor|decided? to|drives you|encourages you)\b/),
  rule(
    'GOAL',
    'what they want or would like added',
    /\b(would you like|like to see|(?:new )?features? would you|improve\w*|enhancements?|wish\w*|goals?|hop(?:e|ing) to|achieve|accomplish|trying to|looking for in|magic wand|if you could change|what would (?:make|help|have made)|(?:what|how) could we|should we (?:build|add)|want to (?:be able|develop)|do you need|what do you need|(?:need|needs) (?:does|do|in your)|rely on|ideal|expect (?:a|from)|priorit\w*|valuable to you|upcoming features?|what would you use|(?:would|will) use (?:it|them|\w+) for|if you were to|integrated with|would have made)\b/,
  ),
  rule(
    'PSYCHOGRAPHIC',
    'about attitudes or satisfaction',
    /\b(satisf\w*|enjoy\w*|agree\w*|disagree|like (?:best|most)|favou?rite|love about|value (?:most|for money)|how (?:important|happy|comfortable|confident|proud|excited|engaged|risk-averse|well)|feel about|do you feel|attitudes?|words? (?:that )?(?:best )?describes?|words? would you use to describe|describe (?:yourself|the brand|our)|(?:how would you )?rate (?:your|the)|trust|opinion|your view|view of|consider yourself|early adopter|pleasant|see your .* changing|\bi (?:feel|prefer|would describe|worry))\b/,
  ),
  rule(
    'BEHAVIOR',
    'what they do, how often or with what',
    /\b(how often|how frequently|frequenc\w*|how regularly|how many (?:times|hours|meals|orders|recipes|students)|how much time|how long (?:have|did) you|when did you (?:first )?start|year did you (?:first )?start|do you (?:currently |still )?use|did you use|have you (?:ever )?(?:used|attended|tried)|(?:which|what) (?:\w+ ){0,3}(?:tools?|apps?|applications?|features?|languages?|devices?|platforms?|services?|packages?|providers?|editors?|ide|methods?|integrations?|options?|events?|conferences?|meetups?|meetings?) (?:\w+ ){0,4}(?:use|used|have|installed|connected|attended|attend|choose|deploy)|how (?:do|did) you (?:usually |typically |currently |mainly )?(?:run|use|share|find|discover|learn|pay|buy|shop|get|travel|commute|deploy|keep track|prepare|go about)|where do you (?:usually )?(?:buy|shop|look|go|find)|typical (?:day|week)|walk us through|on average|use (?:r|it|\w+) for|what (?:was|is) the first|how did you (?:learn|get started|find|discover))\b/,
  ),
];

const AGREE_SCALE = /\b(agree|disagree)\b/i;
const GENDER_ANSWER = /^(female|male|woman|man|non-?binary|genderqueer|transgender|prefer not to say|other)$/i;
const ETHNICITY_ANSWER = /\b(white|black|asian|hispanic|latin[oax]|caucasian|african american|pacific islander|native american|mixed (?:race|ethnicity))\b/i;

const share = (values: readonly string[], test: (v: string) => boolean) =>
  values.length === 0 ? 0 : values.filter(test).length / values.length;

/** Answers (and choice labels) reduced to a sample of up to 50 non-empty cells. */
function sampleOf(evidence: QuestionEvidence): string[] {
  return (evidence.answers ?? []).slice(0, 200).map((a) => a.slice(0, MAX_TITLE).trim()).filter(Boolean).slice(0, 50);
}

const isYear = (v: string) => /^\d{4}$/.test(v) && Number(v) >= 1920 && Number(v) <= 2010;
const isFullDate = (v: string) => /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(v);

/** A field a rule is sure of, or null. */
export type RuleVerdict = QuestionUnderstanding | null;

/** The sensitive verdict of the wording, choices and answers, or null when nothing is sensitive. */
export function sensitiveRule(evidence: QuestionEvidence): RuleVerdict {
  const text = cleanTitle(evidence.title).toLowerCase();
  const answers = sampleOf(evidence);
  const born = /\b(born|birth)\b/.test(text);
  if (born && (evidence.type === 'DATE' || share(answers, isFullDate) >= 0.5)) {
    return { personaField: 'DEMOGRAPHIC', sensitive: true, reason: 'Asks for an exact date of birth → demographic, sensitive (a birth year would not be)' };
  }
  for (const r of SENSITIVE) {
    if (r.test.test(text)) return { personaField: 'DEMOGRAPHIC', sensitive: true, reason: `Asks ${r.why} → demographic, sensitive (never used for segments)` };
  }
  const labels = [...(evidence.options ?? []).slice(0, 200), ...answers].map((v) => v.slice(0, MAX_TITLE).trim()).filter(Boolean);
  const genderLike = share(labels, (v) => GENDER_ANSWER.test(v));
  if (labels.length >= 2 && genderLike >= 0.6 && labels.some((v) => /^(female|woman)$/i.test(v))) {
    return { personaField: 'DEMOGRAPHIC', sensitive: true, reason: 'Answers are genders → demographic, sensitive (never used for segments)' };
  }
  if (labels.length >= 3 && share(labels, (v) => ETHNICITY_ANSWER.test(v)) >= 0.6) {
    return { personaField: 'DEMOGRAPHIC', sensitive: true, reason: 'Answers are ethnicities → demographic, sensitive (never used for segments)' };
  }
  return null;
}

/**
 * The field the wording, type or answers make plain, or null to leave it to the encoder.
 * Sensitive questions are found by `sensitiveRule` first.
 */
export function fieldRule(evidence: QuestionEvidence): RuleVerdict {
  const text = cleanTitle(evidence.title).toLowerCase();
  const answers = sampleOf(evidence);
  const none = (reason: string): QuestionUnderstanding => ({ personaField: 'NONE', sensitive: false, reason });
  if (evidence.type === 'EMAIL') return none('An email question → contact detail, not used for personas');
  if (!/\p{L}/u.test(text)) return none('No words to read in the question → not used for personas');
  if (answers.length > 0) {
    const kinds = answers.map((a) => findPrivate(a).map((s) => s.kind));
    const emails = kinds.filter((k) => k.includes('email')).length / answers.length;
    const phones = kinds.filter((k) => k.includes('phone')).length / answers.length;
    if (emails >= 0.5) return none('Answers are email addresses → contact detail, not used for personas');
    if (phones >= 0.5) return none('Answers are phone numbers → contact detail, not used for personas');
    if (/\b(born|birth)\b/.test(text) && share(answers, isYear) >= 0.8) {
      return { personaField: 'DEMOGRAPHIC', sensitive: false, reason: 'Answers are birth years → demographic (a year, not an exact date: not sensitive)' };
    }
  }
  for (const r of FIELD_RULES) {
    if (r.test.test(text)) {
      return { personaField: r.field, sensitive: false, reason: `Asks ${r.why} → ${FIELD_WORDS[r.field]}` };
    }
  }
  if (evidence.type === 'NPS') {
    return { personaField: 'PSYCHOGRAPHIC', sensitive: false, reason: 'A 0–10 likelihood (NPS) scale → attitude (psychographic)' };
  }
  const labels = (evidence.options ?? []).slice(0, 200).map((l) => l.slice(0, MAX_TITLE));
  if (labels.length >= 3 && share(labels, (l) => AGREE_SCALE.test(l)) >= 0.5) {
    return { personaField: 'PSYCHOGRAPHIC', sensitive: false, reason: 'Answered on an agree/disagree scale → attitude (psychographic)' };
  }
  if (answers.length >= 3 && share(answers, (a) => AGREE_SCALE.test(a)) >= 0.6) {
    return { personaField: 'PSYCHOGRAPHIC', sensitive: false, reason: 'Answered on an agree/disagree scale → attitude (psychographic)' };
  }
  return null;
}
