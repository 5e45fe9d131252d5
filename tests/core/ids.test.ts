import { describe, expect, it } from 'vitest';
import { NETWORK_ID_PATTERN } from '../../core/network-id';
import { REFERENCE_ALPHABET, REFERENCE_PATTERN } from '../../core/reference';
import { AREA_PATTERN } from '../../core/statistics';

describe('the id rules every layer reads from core', () => {
  it('accepts a reference only in its alphabet, which has no characters misread on paper', () => {
    expect(REFERENCE_PATTERN.test('CS-7K4P-2QX9')).toBe(true);
    for (const misread of ['0', 'O', '1', 'I', 'L', 'U']) {
      expect(REFERENCE_ALPHABET).not.toContain(misread);
      expect(REFERENCE_PATTERN.test(`CS-7K4${misread}-2QX9`)).toBe(false);
    }
    expect(REFERENCE_PATTERN.test('cs-7k4p-2qx9')).toBe(false);
    expect(REFERENCE_PATTERN.test('CS-7K4P-2QX99')).toBe(false);
  });

  it('accepts network ids as slugs of at most 100 characters', () => {
    expect(NETWORK_ID_PATTERN.test('cybernetwerk-utrecht')).toBe(true);
    expect(NETWORK_ID_PATTERN.test('a'.repeat(100))).toBe(true);
    expect(NETWORK_ID_PATTERN.test('a'.repeat(101))).toBe(false);
    expect(NETWORK_ID_PATTERN.test('Cyberwerf')).toBe(false);
  });

  it('accepts the country, any network id and only known provinces as a statistics area', () => {
    expect(AREA_PATTERN.test('country')).toBe(true);
    expect(AREA_PATTERN.test('network:cyberwerf')).toBe(true);
    expect(AREA_PATTERN.test('province:utrecht')).toBe(true);
    expect(AREA_PATTERN.test('province:atlantis')).toBe(false);
    expect(AREA_PATTERN.test('network:Cyberwerf')).toBe(false);
    expect(AREA_PATTERN.test('countryside')).toBe(false);
  });
});
