import { describe, expect, it } from 'vitest';
import { chooseNetwork, parsePostcode, type NetworkArea } from '../../core/routing';

describe('reading a postcode', () => {
  it.each(['3511', '3511 AB', '3511AB', ' 3511ab ', '3511 ab'])('reads %j as PC4 3511', (input) => {
    expect(parsePostcode(input)).toEqual({ ok: true, pc4: 3511 });
  });

  it('accepts the first and the last four-digit postcode', () => {
    expect(parsePostcode('1000')).toEqual({ ok: true, pc4: 1000 });
    expect(parsePostcode('9999 ZZ')).toEqual({ ok: true, pc4: 9999 });
  });

  it('says so when nothing was typed', () => {
    expect(parsePostcode('  ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('rejects a postcode that starts with zero', () => {
    expect(parsePostcode('0123 AB')).toEqual({ ok: false, reason: 'starts-with-zero' });
  });

  it.each(['351', '35111', '3511 A', '3511 ABC', '3511  AB', '3511-AB', 'AB 3511', '3511 1B', 'Utrecht', '３５１１'])(
    'rejects %j',
    (input) => {
      expect(parsePostcode(input)).toEqual({ ok: false, reason: 'not-a-postcode' });
    },
  );
});

const area = (networkId: string, pc4From: number, pc4To: number, sector: NetworkArea['sector'] = null): NetworkArea => ({
  networkId, pc4From, pc4To, sector,
});

describe('choosing a network', () => {
  const city = area('city', 3500, 3585);

  it('includes both ends of a range', () => {
    expect(chooseNetwork(3500, null, [city])).toBe('city');
    expect(chooseNetwork(3585, null, [city])).toBe('city');
  });

  it('leaves out the postcodes just outside a range', () => {
    expect(chooseNetwork(3499, null, [city])).toBeNull();
    expect(chooseNetwork(3586, null, [city])).toBeNull();
  });

  it('answers null when no area covers the postcode, so the caller can fall back', () => {
    expect(chooseNetwork(4000, 'retail', [])).toBeNull();
  });

  it('prefers the narrowest range that covers the postcode', () => {
    const province = area('province', 3400, 3999);
    expect(chooseNetwork(3511, null, [province, city])).toBe('city');
    expect(chooseNetwork(3700, null, [province, city])).toBe('province');
  });

  it('breaks a tie between equally narrow ranges by network id', () => {
    const areas = [area('b-network', 3500, 3599), area('a-network', 3550, 3649)];
    expect(chooseNetwork(3560, null, areas)).toBe('a-network');
    expect(chooseNetwork(3560, null, [...areas].reverse())).toBe('a-network');
  });

  it('sends a company of its sector to a sector network, even over a narrower general one', () => {
    const horticulture = area('greenport', 2000, 3399, 'agriculture');
    expect(chooseNetwork(2511, 'agriculture', [area('den-haag', 2490, 2599), horticulture])).toBe('greenport');
  });

  it('never sends a company of another sector, or of no stated sector, to a sector network', () => {
    const horticulture = area('greenport', 2000, 3399, 'agriculture');
    expect(chooseNetwork(2511, 'retail', [area('den-haag', 2490, 2599), horticulture])).toBe('den-haag');
    expect(chooseNetwork(2671, 'retail', [horticulture])).toBeNull();
    expect(chooseNetwork(2671, null, [horticulture])).toBeNull();
  });

  it('uses a sector network only inside its own area', () => {
    const horticulture = area('greenport', 2600, 2699, 'agriculture');
    expect(chooseNetwork(2511, 'agriculture', [area('den-haag', 2490, 2599), horticulture])).toBe('den-haag');
  });

  it('prefers the narrowest of two sector networks for the same sector', () => {
    const areas = [area('wide', 2000, 3399, 'agriculture'), area('narrow', 2670, 2699, 'agriculture')];
    expect(chooseNetwork(2671, 'agriculture', areas)).toBe('narrow');
  });
});
