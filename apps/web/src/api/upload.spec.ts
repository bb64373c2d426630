import { describe, expect, it } from 'vitest';
import { fileSha256 } from './upload';

describe('fileSha256', () => {
  it('answers the SHA-256 of the bytes as hex (the FIPS 180-2 "abc" vector), as the server computes it', async () => {
    expect(await fileSha256(new Blob(['abc']))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
