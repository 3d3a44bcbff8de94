import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64, sha256Base64 } from '../../../shared/render/sha256';

describe('pure SHA-256 (for the preview CSP)', () => {
  it('agrees with Node for every length around the block boundaries and for multi-byte text', () => {
    const samples = Array.from({ length: 200 }, (_, n) => 'a'.repeat(n));
    samples.push('', 'héllo wörld', 'خبر عاجل', '😀 emoji', 'x'.repeat(100_000));
    for (const text of samples) expect(sha256Base64(text)).toBe(createHash('sha256').update(text, 'utf8').digest('base64'));
  });

  it('encodes base64 with padding', () => {
    for (const bytes of [[], [1], [1, 2], [1, 2, 3], [255, 254, 253, 252]]) {
      expect(base64(new Uint8Array(bytes))).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
