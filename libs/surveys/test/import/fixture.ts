/**
 * A small Google Forms-like export for specs that must run without the shared
 * datasets: BOM, CRLF, a blank row, quoted cells with commas and line breaks.
 */

/** The long answer in row 3, over the 200 characters that make a column long text. */
export const LONG_ANSWER =
  'The export works, but every week I rebuild the same pivot table by hand because the CSV ' +
  'drops the team column; if the report kept it, I could share results with managers directly ' +
  'instead of copying numbers into slides.';

const header = [
  'Timestamp',
  'How satisfied are you with the app?',
  'How likely are you to recommend us to a friend?',
  'Which features do you use? (check all that apply)',
  'What is your role?',
  'What would you improve?',
  'Email Address',
  'Anything else?',
  'Response ID',
  'What year were you born?',
  'When did you start using the app?',
];

// One response per line reads like the spreadsheet it imitates.
// prettier-ignore
const rows = [
  ['2024/03/01 9:15:02 AM GMT+1', '4', '9', 'Reports;Export', 'Designer', '"Faster exports, please"', 'ana@example.com', '', 'R-001', '1990', '3/15/2024'],
  ['2024/03/01 1:05:40 PM GMT+1', '5', '10', 'Reports', 'Engineer', `"${LONG_ANSWER}"`, 'ben@example.org', '', 'R-002', '1985', '2024-02-01'],
  ['', '', '', '', '', '', '', '', '', '', ''],
  ['2024/03/02 10:00:00 AM GMT+1', '3', '6', 'Export;Sharing', 'Designer', '"Line one\r\nline two"', '', ' ', 'R-003', '', '1/5/2024'],
  ['2024/03/02 4:30:00 PM GMT+1', '', '0', 'Reports;Sharing;Export', 'Manager', 'OK', 'cy@example.com', '', 'R-004', '1978', ''],
  ['2024/03/03 8:00:00 AM GMT+1', '5', '8', '', 'Engineer', '', 'dee@example.net', '', 'R-005', '2001', '2024-03-31'],
  ['2024/03/03 11:59:59 PM GMT+1', '2', '7', 'Sharing', 'Designer', 'Too many clicks', '', '', 'R-006', '1995', '12/1/2023'],
];

/** The export as text: BOM first, CRLF line endings, a trailing newline. */
export const FORMS_CSV =
  '\uFEFF' + [header.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
