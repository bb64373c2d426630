import { describe, expect, it } from 'vitest';
import { avatarSvg } from './persona-avatar';

describe('avatarSvg', () => {
  it('draws a stable SVG avatar per seed', () => {
    const svg = avatarSvg('persona-1');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(avatarSvg('persona-1')).toBe(svg);
    expect(avatarSvg('persona-2')).not.toBe(svg);
  });
});
