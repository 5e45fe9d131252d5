/** @module The data layer: typed functions over D1. All SQL outside migrations/ lives in this folder. */
export { activeChannels, type ChannelKind, type NetworkChannel, type SignatureFormat } from './channels';
export {
  listAttempts, listOwedHandOvers, markDelivered, markFailed, markManyQueued, markQueued, recordAttempt,
  type AttemptOutcome, type DeliveryAttempt, type HandOverCursor,
} from './delivery';
export { confirmationMails, getConfirmationMail, type ConfirmationMail } from './confirmation-mail';
export { deliveryOf, deliveryStatusReport, listFailedReferralIds } from './delivery-status';
export { listInboxDeliveries, recordInboxDelivery, type InboxDelivery, type InboxSignature } from './dev-inbox';
export { listInboxMail, recordInboxMail, type InboxMail } from './dev-inbox-mail';
export { sha256Hex } from './hash';
export { getNetwork, listNetworks } from './networks';
export { getPartner, isRegisteredOrigin, type Partner } from './partners';
export { invalidateReferenceData, referenceData } from './reference-cache';
export { loadReferenceData, type ReferenceData } from './reference-data';
export { provinceFor } from './provinces';
export { decisionMails, getDecisionMail, type DecisionMail } from './registration-mail';
export {
  approveRegistration, createRegistration, freePartnerId, getRegistration, listRegistrations, refuseRegistration,
  type Decision, type NewRegistration,
} from './registrations';
export type { OwedMessages } from './owed-message';
export { closeOutage, openOutage, outageContact } from './outages';
export {
  getRecheckInvitation, getRecheckInvitationMail, recheckInvitationMails, requestRecheckInvitation, type RecheckInvitationMail,
} from './recheck-invitation';
export { newReference } from './referral-reference';
export {
  IDEMPOTENCY_KEY_HOURS, forgetIdempotencyKeys, keyRemembered, referralKeyHash, referralRequestHash,
} from './referral-keys';
export {
  createReferral, getReferral, getReferralByKey,
  type DeliveryStatus, type NewReferral, type Referral, type ReferralStatus,
} from './referrals';
export { forgetSubmissionKeys, storeResult, submissionRequestHash, type AnonymousResult } from './results';
export { routeToNetwork } from './routing';
export { countUnregisteredSite, listUnregisteredSites, UNREGISTERED_PARTNER_ID, type UnregisteredSite } from './unregistered-sites';
export { getWithdrawalNotice, withdrawalNotices, type WithdrawalNotice } from './withdrawal-notice';
