/** A referral as the form would send it, for the data-layer tests. */
import type { NewReferral } from '../../../worker/data';

export const newReferral: NewReferral = {
  partnerId: 'demo',
  networkId: 'cyberwerf',
  postcode: 2511,
  companyName: 'Bakkerij De Korenschoof',
  contactName: 'Sanne de Vries',
  email: 'sanne@example.nl',
  phone: null,
  sector: 'retail',
  size: '2-9',
  message: null,
  sharedAnswers: null,
  bankVersion: '2026.1',
  overall: 42,
  band: 'red',
  lang: 'nl',
  sourceHost: null,
};
