import { describe, expect, it } from 'vitest';
import { commonChoices, splitChoices } from './split-choices';

describe('splitChoices', () => {
  it('splits on the delimiter and counts the cells using each choice', () => {
    const split = splitChoices(['A;B', 'B', 'C;A', 'A; C ;A'], ';');
    expect(split.cells).toEqual([['A', 'B'], ['B'], ['C', 'A'], ['A', 'C']]);
    expect([...split.counts]).toEqual([
      ['A', 3],
      ['B', 2],
      ['C', 2],
    ]);
  });

  it('does not split inside brackets', () => {
    const label = 'Online course (e.g., Coursera, edX)';
    expect(splitChoices([`${label}, Books`, 'Books'], ', ').cells).toEqual([
      [label, 'Books'],
      ['Books'],
    ]);
  });

  it('glues back pieces of a label that always appear together', () => {
    const label = 'Social media such as blogs, R-bloggers, Slack';
    const split = splitChoices(
      [`Email, ${label}`, label, 'Email', `${label}, Books`, 'Books'],
      ', ',
    );
    expect(split.cells).toEqual([
      ['Email', label],
      [label],
      ['Email'],
      [label, 'Books'],
      ['Books'],
    ]);
  });

  it('glues a lower-case continuation to the piece it always follows', () => {
    const split = splitChoices(['Yes, but rarely', 'Yes', 'Yes, but rarely', 'No'], ', ');
    expect(split.cells).toEqual([['Yes, but rarely'], ['Yes'], ['Yes, but rarely'], ['No']]);
  });

  it('keeps a write-in that happens to follow the same option apart from it', () => {
    const cells = ['Visualization, Supply Chain', 'Visualization, Supply Chain', 'Visualization'];
    expect(splitChoices([...cells, 'Visualization', 'Visualization'], ', ').cells[0]).toEqual([
      'Visualization',
      'Supply Chain',
    ]);
  });

  it('glues two pieces seen only once each into one write-in answer', () => {
    expect(splitChoices(['Excel, dashboards, reports', 'Excel'], ', ').cells[0]).toEqual([
      'Excel',
      'dashboards, reports',
    ]);
  });
});

describe('commonChoices', () => {
  it('keeps choices used in two or more cells and measures how much they cover', () => {
    const split = splitChoices(['A;B', 'A;x', 'B', 'A;B;y'], ';');
    expect(commonChoices(split)).toEqual({
      options: ['A', 'B'],
      minRows: 2,
      coverage: 6 / 8,
      rare: 2,
    });
  });

  it('raises the bar until the options (plus "Other") fit the limit', () => {
    const cells = ['A;B;C', 'A;B', 'A;C', 'A;D', 'D;E'];
    const common = commonChoices(splitChoices(cells, ';'), 3);
    // A is in 4 cells; B, C and D in 2 would make 4 options plus Other.
    expect(common).toMatchObject({ options: ['A'], minRows: 3, rare: 4 });
  });
});
