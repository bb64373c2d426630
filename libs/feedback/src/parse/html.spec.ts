import { describe, expect, it } from 'vitest';
import { htmlToText } from './html';

describe('htmlToText', () => {
  it('turns HTML bodies into plain text with line breaks', () => {
    expect(htmlToText('<p>Hi <b>team</b>,</p><p>It crashes&nbsp;on launch.<br/>Thanks &amp; bye</p>')).toBe(
      'Hi team,\nIt crashes on launch.\nThanks & bye',
    );
    expect(htmlToText('<ul><li>one</li><li>two</li></ul>')).toBe('• one\n• two');
    expect(htmlToText('<style>p{color:red}</style><script>alert(1)</script><div>ok &#8217; &#x2014;</div>')).toBe('ok ’ —');
  });

  it('leaves plain text alone apart from spaces', () => {
    expect(htmlToText('  I <3 R and 2 < 3  ')).toBe('I <3 R and 2 < 3');
    expect(htmlToText('a\r\n\r\n\r\n\r\nb')).toBe('a\n\nb');
  });

  it('gives an empty string for a body with nothing but markup', () => {
    expect(htmlToText('<p> </p><br>')).toBe('');
  });
});
