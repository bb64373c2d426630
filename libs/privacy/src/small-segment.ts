/**
 * When a persona's segment is too small to present as a finding — the one rule, used by the
 * synthesis engine when it forms segments, by every read of a persona, and by the web app.
 * It sits with the privacy rules because a tiny segment is also a disclosure risk: a persona
 * drawn from one or two people describes those people.
 *
 * Fewer than 10 people: below that, one or two unusual respondents decide the traits, and a
 * pattern seen in a handful of people is a lead to check, not a finding.
 * Under 5 % of the study: latent-class guidance treats classes that small as likely spurious
 * (e.g. Nylund-Gibson & Choi 2018), however large the study.
 */
export const SMALL_SEGMENT_MIN_PEOPLE = 10;
export const SMALL_SEGMENT_MIN_SHARE = 0.05;

/** Whether a segment of `people` participants, `share` (0 to 1) of the study, is small. */
export function isSmallSegment(people: number, share: number): boolean {
  return people < SMALL_SEGMENT_MIN_PEOPLE || share < SMALL_SEGMENT_MIN_SHARE;
}
