/** @module Routing rules: from a postcode and a sector to the regional network that serves it. */
export { chooseNetwork, type NetworkArea } from './choose-network';
export type { NetworkRoute, PublicNetwork, StudentScanOffer } from './network';
export { parsePostcode, type ParsedPostcode, type PostcodeProblem } from './postcode';
