import { describe, expect, it } from 'vitest';
import { qrSvgDataUrl } from './qr';

describe('the QR code of a wall address', () => {
  it('is an SVG image with a path drawn', async () => {
    const url = await qrSvgDataUrl('http://localhost:4000/?city=421000&token=cbd_abc');
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    expect(svg).toMatch(/^<svg[^>]*viewBox/);
    expect(svg).toContain('<path');
  });

  it('grows with the text it holds', async () => {
    const short = await qrSvgDataUrl('http://a/?city=421000&token=x');
    const long = await qrSvgDataUrl(`http://a/?city=421000&token=${'x'.repeat(120)}`);
    const size = (url: string) => Number(/viewBox="0 0 (\d+)/.exec(decodeURIComponent(url))?.[1]);
    expect(size(long)).toBeGreaterThan(size(short));
  });
});
