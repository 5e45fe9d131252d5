import { describe, expect, it } from 'vitest';
import { profileLabel, profileOptions } from '../../core/profile';

describe('profileLabel', () => {
  it('names a size band or sector in Dutch, or in the language asked for', () => {
    expect(profileLabel(profileOptions.sectors, 'care')).toBe('Zorg en welzijn');
    expect(profileLabel(profileOptions.sizes, '1', 'en')).toBe(profileOptions.sizes.find((o) => o.id === '1')!.label.en);
  });

  it('gives back an id it does not know, as it is', () => {
    expect(profileLabel(profileOptions.sizes, 'care')).toBe('care');
  });
});
