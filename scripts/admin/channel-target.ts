/**
 * @module Naming an existing channel for `network channel remove|pause|resume`: any target the
 * table holds, also the development inbox's relative `/dev/inbox`, which `add` would refuse.
 */
import { z } from 'zod';
import { email, slug } from './fields';

/** A webhook target as stored: an https URL, or a path on the worker itself (development). */
const storedWebhook = z.string().regex(/^(https:\/\/|\/)\S+$/, 'give the webhook target as listed by: network show <networkId>');

export const channelOfNetwork = z
  .strictObject({ networkId: slug, webhook: storedWebhook.optional(), email: email.optional() })
  .refine((input) => (input.webhook === undefined) !== (input.email === undefined), 'give either --webhook <target> or --email <address>');

/** The channel's kind and target from either form of input. */
export const channelOf = (input: { webhook?: string; email?: string }) =>
  input.webhook !== undefined ? { kind: 'webhook', target: input.webhook } : { kind: 'email', target: input.email ?? '' };
