import { describe, expect, it } from 'vitest';
import { cityFromSearch, tokenFromSearch, wallUrl } from './wall-address';

describe('the wall address of a screen token', () => {
  it('opens the city’s wall at / with the token', () => {
    expect(wallUrl('http://10.1.2.3:4000', '421000', 'cbd_abc-DEF_123')).toBe('http://10.1.2.3:4000/?city=421000&token=cbd_abc-DEF_123');
  });

  it('drops any path of the page it is built on and encodes odd characters', () => {
    const url = wallUrl('https://careboard.example.gov.cn/admin/screens', '320700', 'a+b/c=');
    expect(url).toBe('https://careboard.example.gov.cn/?city=320700&token=a%2Bb%2Fc%3D');
  });

  it('is read back as the same city and token', () => {
    const { search } = new URL(wallUrl('http://localhost:4000', '421000', 'cbd_x+y'));
    expect(cityFromSearch(search)).toBe('421000');
    expect(tokenFromSearch(search)).toBe('cbd_x+y');
  });

  it('names no city and no token when the address has none, or only blanks', () => {
    expect(cityFromSearch('')).toBeNull();
    expect(tokenFromSearch('?city=421000&token=%20')).toBeNull();
  });
});
