/** @module The data layer: typed functions over D1. All SQL outside migrations/ lives in this folder. */
export { activeChannels, type ChannelKind, type NetworkChannel, type SignatureFormat } from './channels';
export {
  listAttempts, listUndelivered, markDelivered, markFailed, markQueued, recordAttempt,
  type AttemptOutcome, type DeliveryAttempt, type UndeliveredReferral,
} from './delivery';
export { listInboxDeliveries, recordInboxDelivery, type InboxDelivery, type InboxSignature } from './dev-inbox';
export { sha256Hex } from './hash';
export { getNetwork, listNetworks } from './networks';
export { getPartner, isRegisteredOrigin, type Partner } from './partners';
export { provinceFor } from './provinces';
export { newReference } from './referral-reference';
export {
  createReferral, getReferral, getReferralByKey,
  type DeliveryStatus, type NewReferral, type Referral, type ReferralStatus,
} from './referrals';
export { forgetSubmissionKeys, storeResult, type AnonymousResult } from './results';
export { routeToNetwork } from './routing';
export {
  getWithdrawalNotice, listOwedNotices, markNoticeFailed, markNoticeQueued, markNoticeSent,
  type WithdrawalNotice, type WithdrawalNoticeStatus,
} from './withdrawal-notice';
