/**
 * @module A minimal plain-text e-mail as MIME (RFC 5322, RFC 2045): what the send_email binding
 * takes. The text goes base64-encoded, so any UTF-8 and any line length arrive intact.
 */

export interface PlainTextMail {
  readonly from: string;
  /** Display name of the sender, printable ASCII. */
  readonly fromName: string;
  readonly to: string;
  readonly replyTo?: string;
  /** Printable ASCII. */
  readonly subject: string;
  readonly text: string;
  /** Without the angle brackets, e.g. `uuid@example.nl`. */
  readonly messageId: string;
  readonly date: Date;
}

const CRLF = '\r\n';
/** RFC 2045: base64 lines of at most 76 characters. */
const LINE = 76;

/** Printable ASCII only: what a header may hold unencoded, and never a line break (header injection). */
function header(name: string, value: string): string {
  if (!/^[\x20-\x7e]*$/.test(value)) throw new Error(`E-mail header ${name} holds characters it may not`);
  return `${name}: ${value}`;
}

function base64Lines(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return (btoa(binary).match(new RegExp(`.{1,${LINE}}`, 'g')) ?? []).join(CRLF);
}

/** The whole message, headers and body, with CRLF line ends. Throws on a header it cannot hold. */
export function plainTextMail(mail: PlainTextMail): string {
  const headers = [
    header('From', `${mail.fromName} <${mail.from}>`),
    header('To', mail.to),
    ...(mail.replyTo === undefined ? [] : [header('Reply-To', mail.replyTo)]),
    header('Subject', mail.subject),
    header('Date', mail.date.toUTCString()),
    header('Message-ID', `<${mail.messageId}>`),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
  ];
  return `${headers.join(CRLF)}${CRLF}${CRLF}${base64Lines(mail.text)}${CRLF}`;
}
