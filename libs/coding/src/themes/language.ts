import { wordsOf } from '../offline-coder/terms';

// The sentence encoder is English-only: other languages embed as noise, so such answers are left out.

/** Frequent English function words (a text of several words nearly always has one). */
const ENGLISH = new Set(
  (
    'the a an and or but to of in on for with without is are was were be been it its this that these ' +
    'those i me my we our you your they them their he she not no can cannot could would should will ' +
    'do does did have has had as at by from if so too when what which who how very more most than ' +
    'there all some any just also only about into out up down'
  ).split(' '),
);

/**
 * Frequent function words of the other languages the survey data shows (Spanish, French, German,
 * Portuguese, Italian, Dutch), minus those that are English words too ("a", "in", "is", "no").
 */
const FOREIGN = new Set(
  (
    'el la los las de del que y en un una es por con para se muy más pero como lo al su ' +
    'le les des du et est pour pas qui dans avec sur ce je il très plus ' +
    'der die das und ist nicht ein eine mit zu den ich auf für sehr auch sich von dass ' +
    'os não um uma com é muito di che non per sono molto het een en van niet voor zijn'
  ).split(' '),
);

const LETTER = /\p{L}/gu;
const LATIN = /[A-Za-z\u00C0-\u024F]/g;

/**
 * Whether a text reads as English: mostly Latin letters, and not more function words of another
 * language than of English. Keyword lists without function words ("git, slides, debugger")
 * count as English.
 */
export function looksEnglish(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return true;
  const latin = text.match(LATIN)?.length ?? 0;
  if (latin / letters < 0.6) return false;
  let english = 0;
  let foreign = 0;
  for (const w of wordsOf(text)) {
    if (ENGLISH.has(w)) english++;
    else if (FOREIGN.has(w)) foreign++;
  }
  return !(foreign >= 2 && foreign > english);
}
