import { createAvatar } from '@dicebear/core';
import { personas } from '@dicebear/collection';

/**
 * A deterministic face (DiceBear "personas"), seeded by the persona: hair, skin and clothes come
 * from DiceBear's own neutral lists by the seed's hash, never from who the segment's members are.
 */
export function avatarSvg(seed: string): string {
  return createAvatar(personas, {
    seed,
    backgroundColor: ['dbe7f5', 'e6f0e3', 'f5e9dc', 'ece4f5'],
  }).toString();
}
