import fc from 'fast-check';
import { domainToASCII, domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodePunycode, hostnameForDisplay } from '../../../src/settings/punycode';

describe('hostnameForDisplay', () => {
  it.each([
    ['xn--mnchen-3ya.de', 'münchen.de'],
    ['*.xn--bcher-kva.de', '*.bücher.de'],
    ['xn--80akhbyknj4f.xn--p1ai', 'испытание.рф'],
    ['xn--fiqs8s.cn', '中国.cn'],
    ['example.com', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
  ])('shows %s as %s', (ascii, shown) => {
    expect(hostnameForDisplay(ascii)).toBe(shown);
  });

  it('leaves a label that is not valid punycode as it is', () => {
    expect(hostnameForDisplay('xn--a.example')).toBe('xn--a.example');
    expect(hostnameForDisplay('xn--zzzzzzzzzzzz.example')).toBe('xn--zzzzzzzzzzzz.example');
    expect(decodePunycode('ü')).toBeUndefined();
  });

  it("agrees with Node's decoder on any international name", () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyz0123456789üéßøжщя中国語ğışçαβγ'];
    const label = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 20 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(label, { minLength: 2, maxLength: 4 }), (labels) => {
        const ascii = domainToASCII(labels.join('.'));
        fc.pre(ascii !== '');
        expect(hostnameForDisplay(ascii)).toBe(domainToUnicode(ascii));
      }),
      { numRuns: 500 },
    );
  });
});
