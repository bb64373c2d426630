import { describe, expect, it } from 'vitest';
import { renderMail } from './render-mail';

describe('renderMail', () => {
  const mail = renderMail({
    heading: 'Ana <script>alert(1)</script> invited you',
    paragraphs: ['Tom & Jerry said "hi"', 'Second paragraph'],
    action: { label: 'Join <now>', url: 'https://lab.example/join?a=1&b=2' },
    footer: 'Sent because of <you>',
  });

  it('escapes every piece of content in the HTML', () => {
    expect(mail.html).toContain('Ana &lt;script&gt;alert(1)&lt;/script&gt; invited you');
    expect(mail.html).toContain('Tom &amp; Jerry said &quot;hi&quot;');
    expect(mail.html).toContain('href="https://lab.example/join?a=1&amp;b=2"');
    expect(mail.html).toContain('Join &lt;now&gt;');
    expect(mail.html).toContain('Sent because of &lt;you&gt;');
    expect(mail.html).not.toContain('<script>');
  });

  it('has inline styles only, no remote images, no stylesheets', () => {
    expect(mail.html).not.toMatch(/<img|<link|<style|url\(/i);
    expect(mail.html).toContain('style="');
    const links = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(['https://lab.example/join?a=1&amp;b=2']);
  });

  it('writes a plain-text body with the link spelled out', () => {
    expect(mail.text).toBe(
      [
        'Ana <script>alert(1)</script> invited you',
        '',
        'Tom & Jerry said "hi"',
        '',
        'Second paragraph',
        '',
        'Join <now>: https://lab.example/join?a=1&b=2',
        '',
        '--',
        'Sent because of <you>',
        '',
      ].join('\n'),
    );
  });

  it('refuses a link that is not http(s)', () => {
    expect(() =>
      renderMail({
        heading: 'x',
        paragraphs: [],
        action: { label: 'x', url: 'javascript:alert(1)' },
      }),
    ).toThrow(/http/);
  });
});
