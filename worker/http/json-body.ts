/**
 * @module The gate in front of every JSON body: media type, size and syntax, each refused with
 * its own status, before anything reads a field.
 */
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { jsonError } from './errors';

/** The largest body accepted. A complete referral with its answers is about 2 kB. */
export const MAX_BODY_BYTES = 16 * 1024;

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
const JSON_MEDIA_TYPE = /^application\/json\s*(;|$)/i;

const requireJsonMediaType = createMiddleware(async (c, next) => {
  if (!JSON_MEDIA_TYPE.test(c.req.header('Content-Type') ?? '')) {
    return jsonError(c, 415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  await next();
});

/** Checks Content-Length when sent, else counts the bytes as they stream in. */
const limitSize = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: (c) => jsonError(c, 413, 'payload_too_large', `The body is larger than ${MAX_BODY_BYTES} bytes.`),
});

/** Hono keeps the parsed body, so the origin check and the validator read it without parsing again. */
const parseJson = createMiddleware(async (c, next) => {
  try {
    await c.req.json();
  } catch {
    return jsonError(c, 400, 'invalid_json', 'The body is not valid JSON.');
  }
  await next();
});

/** 415 for another media type, 413 over {@link MAX_BODY_BYTES}, 400 `invalid_json` for broken JSON. */
export const jsonBody = [requireJsonMediaType, limitSize, parseJson] as const;
