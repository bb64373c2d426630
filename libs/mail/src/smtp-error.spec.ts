import { describe, expect, it } from 'vitest';
import { describeSmtpError } from './mail-delivery.worker';

const smtpError = (props: Record<string, unknown>) => Object.assign(new Error('boom'), props);

describe('describeSmtpError', () => {
  it('keeps a 5xx as permanent, with the reply and no address', () => {
    const f = describeSmtpError(
      smtpError({
        code: 'EENVELOPE',
        responseCode: 550,
        response: '550 5.1.1 <ann.lee@example.org>: Recipient address rejected',
      }),
    );
    expect(f).toEqual({
      permanent: true,
      message: 'The mail server answered 550: 5.1.1 <address>: Recipient address rejected',
    });
  });

  it('retries a 4xx, an authentication failure and network errors', () => {
    expect(
      describeSmtpError(
        smtpError({ code: 'EMESSAGE', responseCode: 451, response: '451 Try again later' }),
      ),
    ).toEqual({
      permanent: false,
      message: 'The mail server answered 451: Try again later',
    });
    expect(
      describeSmtpError(
        smtpError({ code: 'EAUTH', responseCode: 535, response: '535 Bad credentials' }),
      ).permanent,
    ).toBe(false);
    expect(describeSmtpError(smtpError({ code: 'ESOCKET', errno: 'ECONNREFUSED' }))).toEqual({
      permanent: false,
      message: 'The mail server refused the connection.',
    });
    expect(describeSmtpError(smtpError({ code: 'ETIMEDOUT' }))).toEqual({
      permanent: false,
      message: 'The mail server did not answer in time.',
    });
    expect(describeSmtpError(new Error('connect ECONNRESET 127.0.0.1:25')).message).toBe(
      'The mail server closed the connection.',
    );
  });

  it('fails an envelope nodemailer refused before sending, without repeating the address', () => {
    const f = describeSmtpError(
      smtpError({ code: 'EENVELOPE', message: 'Invalid recipient "x@@example.org"' }),
    );
    expect(f.permanent).toBe(true);
    expect(f.message).not.toContain('example.org');
  });

  it('keeps the sentence short', () => {
    const f = describeSmtpError(
      smtpError({ responseCode: 554, response: `554 ${'x'.repeat(500)}` }),
    );
    expect(f.message.length).toBeLessThanOrEqual(200);
  });
});
