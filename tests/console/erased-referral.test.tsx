/**
 * A withdrawn (erased) referral in the console, in happy-dom: only the day it came in (its time
 * of day was erased; midnight UTC must not read as 01:00), no delivery attempts presented as
 * "0", partner and network by name, and the self-assessment called "check", not "scan".
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { InboxItem, ReferralDetail } from '../../core/inbox';
import { DeliveryLog } from '../../console/inbox/DeliveryLog';
import { InboxTable } from '../../console/inbox/InboxTable';

afterEach(cleanup);

const erased: InboxItem = {
  reference: 'CS-7K4P-2QX9', createdAt: '2026-12-01T00:00:00.000Z', networkId: 'cybernetwerk-utrecht',
  networkName: 'Cybernetwerk Utrecht', partnerId: 'demo', partnerName: 'Ondernemersvereniging Demo', companyName: null,
  contactName: null, postcode: null, sector: 'retail', size: '2-9', overall: 42, band: 'red', status: 'withdrawn',
  deliveryStatus: 'delivered', closedAt: null, withdrawnAt: '2026-12-02T10:00:00.000Z', erasedAt: '2026-12-02T10:00:00.000Z',
  scanPlannedOn: null, scanPlannedBy: null, duplicateOf: null, possibleDuplicates: [],
};

test('the inbox row of an erased referral shows the day only, the network by name, and no delivery state it cannot know', () => {
  render(<InboxTable referrals={[erased]} showNetwork />);
  const row = screen.getByRole('row', { name: /CS-7K4P-2QX9/ });
  const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
  expect(cells[0]).toBe('1 dec 2026');
  expect(cells).toContain('Cybernetwerk Utrecht');
  expect(cells.at(-1)).toBe('gewist');
  screen.getByRole('columnheader', { name: 'Uitkomst check' });
});

test('the delivery of an erased referral says the attempts were erased, not "Pogingen 0"', () => {
  const referral = { erasedAt: erased.erasedAt, delivery: { status: 'delivered', queuedAt: null, deliveredAt: null, attempts: [] } } as unknown as ReferralDetail;
  const { container } = render(<DeliveryLog referral={referral} />);
  expect(container.textContent).toContain('De bezorgpogingen zijn met de gegevens gewist.');
  expect(container.textContent).not.toContain('Pogingen');
});
