import { describe, expect, it } from 'vitest';
import { Role } from '@persona-lab/auth';
import { activeReviewers, listNames, mentionedIn, waitingFor } from './review-rules';
import { reviewerProblem } from './persona-workflow.service';

const m = (id: string, name: string, role: Role) => ({
  user: { id, name, email: `${id}@example.com` },
  role,
});
const ana = m('ana', 'Ana Silva', Role.OWNER);
const bo = m('bo', 'Bo', Role.REVIEWER);
const cy = m('cy', 'Cy', Role.RESEARCHER);
const dee = m('dee', 'Dee', Role.VIEWER);
const members = [ana, bo, cy, dee];

describe('who a version in review waits for', () => {
  it('waits for the named reviewers who are still members with the review right', () => {
    expect(waitingFor({ authors: ['cy'], reviewers: ['bo'] }, members)).toEqual([bo]);
    // A named reviewer who left (or can no longer review) is ignored: anyone with the right may review.
    expect(activeReviewers({ authors: [], reviewers: ['gone', 'dee'] }, members)).toEqual([]);
    expect(waitingFor({ authors: ['cy'], reviewers: ['gone', 'dee'] }, members)).toEqual([ana, bo]);
  });

  it('never waits for an author', () => {
    expect(waitingFor({ authors: ['ana'], reviewers: [] }, members)).toEqual([bo]);
    expect(waitingFor({ authors: ['bo'], reviewers: ['bo'] }, members)).toEqual([]);
  });
});

describe('naming reviewers', () => {
  it('names who is not a member, who cannot review and who is an author', () => {
    const stranger = '00000000-0000-4000-8000-000000000001';
    expect(reviewerProblem([stranger], members, [])).toBe(
      `${stranger} is not a member of this workspace; name members who may review.`,
    );
    // Text that is not an id is never echoed.
    expect(reviewerProblem(['<script>', stranger], members, [])).toBe(
      'Some of the reviewers named are not members of this workspace; name members who may review.',
    );
    expect(reviewerProblem(['cy', 'dee'], members, [])).toBe(
      'Cy (RESEARCHER) and Dee (VIEWER) cannot review personas; name an OWNER or REVIEWER.',
    );
    expect(reviewerProblem(['ana', 'bo'], members, ['ana'])).toBe(
      'Ana Silva wrote, synthesized or submitted this version, so they cannot review it; name someone else.',
    );
    expect(reviewerProblem(['ana', 'bo'], members, ['cy'])).toBeNull();
  });

  it('lists names in a sentence', () => {
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('mentions', () => {
  it('finds @Name (whole name, any case) and @email, not partial words or strangers', () => {
    expect(mentionedIn('Thanks @ana silva!', members)).toEqual([ana]);
    expect(mentionedIn('cc @bo@example.com.', members)).toEqual([bo]);
    expect(mentionedIn('@Bob and @Boris', members)).toEqual([]);
    expect(mentionedIn('mail me at x@bo@example.com', members)).toEqual([]);
    expect(mentionedIn('no mention of Cy', members)).toEqual([]);
  });
});
