import { describe, expect, it } from 'vitest';
import {
  hasPendingDraft,
  reviewStateOf,
  shownVersion,
  statusOfVersion,
  type PersonaRow,
} from './persona-view';

const row = (
  status: PersonaRow['status'],
  latest: number,
  approved: number | null,
  changesRequested = false,
): PersonaRow => ({
  id: 'p',
  study_id: 's',
  status,
  latest_version: latest,
  approved_version: approved,
  segment_vanished: false,
  synthesis_run_id: null,
  changes_requested: changesRequested,
});

describe('what a client sees', () => {
  it('shows the latest version when nothing newer waits beside an approved one', () => {
    for (const r of [row('DRAFT', 2, null), row('APPROVED', 3, 3), row('IN_REVIEW', 1, null)]) {
      expect(shownVersion(r)).toBe(r.latest_version);
      expect(hasPendingDraft(r)).toBe(false);
    }
  });

  it('shows the approved version while a newer DRAFT, IN_REVIEW or REJECTED one waits', () => {
    for (const status of ['DRAFT', 'IN_REVIEW', 'REJECTED'] as const) {
      const r = row(status, 4, 2);
      expect(shownVersion(r)).toBe(2);
      expect(hasPendingDraft(r)).toBe(true);
      expect(statusOfVersion(r, 2)).toBe('APPROVED');
      expect(statusOfVersion(r, 4)).toBe(status);
      expect(statusOfVersion(r, 3)).toBeNull();
    }
  });

  it('shows the latest version of an archived persona, even with an approved one', () => {
    const r = row('ARCHIVED', 4, 2);
    expect(shownVersion(r)).toBe(4);
    expect(hasPendingDraft(r)).toBe(false);
  });
});

describe('review state', () => {
  it('says CHANGES_REQUESTED for a draft a reviewer sent back, until the next submit', () => {
    expect(reviewStateOf(row('DRAFT', 3, null, true))).toBe('CHANGES_REQUESTED');
    expect(reviewStateOf(row('DRAFT', 3, null))).toBe('NOT_SUBMITTED');
    expect(reviewStateOf(row('IN_REVIEW', 3, null))).toBe('IN_REVIEW');
  });

  it('follows the status of the latest version otherwise; archiving ends a request for changes', () => {
    expect(reviewStateOf(row('APPROVED', 3, 3))).toBe('APPROVED');
    expect(reviewStateOf(row('REJECTED', 4, 2))).toBe('REJECTED');
    expect(reviewStateOf(row('ARCHIVED', 3, 3))).toBe('APPROVED');
    expect(reviewStateOf(row('ARCHIVED', 4, 3))).toBe('NOT_SUBMITTED');
    expect(reviewStateOf(row('ARCHIVED', 4, 3, true))).toBe('NOT_SUBMITTED');
  });
});
