import { Right, can, type Role } from '@persona-lab/auth';

/** A workspace member as the review rules see them. */
export interface ReviewMember {
  user: { id: string; name: string; email: string };
  role: Role;
}

/** What decides who may review a version: its authors and the reviewers named at submit. */
export interface VersionInReview {
  authors: readonly string[];
  reviewers: readonly string[];
}

export const mayReview = (role: Role): boolean => can(role, Right.REVIEW_PERSONAS);

/**
 * The named reviewers who still count: current members with the review right. A reviewer removed
 * from the workspace (or no longer allowed to review) while assigned is ignored.
 */
export function activeReviewers(
  version: VersionInReview,
  members: readonly ReviewMember[],
): ReviewMember[] {
  const named = new Set(version.reviewers);
  return members.filter((m) => named.has(m.user.id) && mayReview(m.role));
}

/**
 * Who a version waits for: its named reviewers that still count, or (none named, or none left)
 * every member with the review right; never its authors.
 */
export function waitingFor(
  version: VersionInReview,
  members: readonly ReviewMember[],
): ReviewMember[] {
  const active = activeReviewers(version, members);
  const pool = active.length ? active : members.filter((m) => mayReview(m.role));
  return pool.filter((m) => !version.authors.includes(m.user.id));
}

/** "Ana Silva" — or the email when the account has no name. */
export const nameOf = (user: { name: string; email: string }): string =>
  user.name.trim() || user.email;

/** "Ana", "Ana and Bo", "Ana, Bo and Cy". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The members a comment mentions: `@` followed by their email, or by their name (whole words,
 * any case), e.g. "@ana@example.com" or "@Ana Silva".
 */
export function mentionedIn<M extends ReviewMember>(text: string, members: readonly M[]): M[] {
  return members.filter((m) => {
    const handles = [m.user.email, m.user.name.trim()].filter(Boolean);
    return handles.some((h) =>
      new RegExp(`(^|[^\\w@.])@${escape(h)}(?![\\w@-]|\\.[\\w])`, 'iu').test(text),
    );
  });
}
