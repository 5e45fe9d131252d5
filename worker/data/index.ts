/** @module The data layer: typed functions over D1. All SQL outside migrations/ lives in this folder. */
export { activeChannels, type ChannelKind, type NetworkChannel } from './channels';
export {
  listAttempts, listUndelivered, markDelivered, markFailed, markQueued, recordAttempt,
  type AttemptOutcome, type DeliveryAttempt, type UndeliveredReferral,
} from './delivery';
export { sha256Hex } from './hash';
export { getNetwork, listNetworks } from './networks';
export { getPartner, type Partner } from './partners';
export { provinceFor } from './provinces';
export {
  createReferral, getReferral,
  type DeliveryStatus, type NewReferral, type Referral, type ReferralStatus,
} from './referrals';
export { forgetSubmissionKeys, storeResult, type AnonymousResult } from './results';
export { routeToNetwork } from './routing';
