import type { OutboxAttachment } from './outbox-message.entity';
import { redactLinkSecrets } from './redact';

/** An outbox attachment as nodemailer takes it: base64 content is decoded to its bytes on the way out. */
export function sendableAttachment(a: OutboxAttachment): { filename: string; contentType: string; content: string | Buffer } {
  return { filename: a.filename, contentType: a.contentType, content: a.encoding === 'base64' ? Buffer.from(a.content, 'base64') : a.content };
}

/** The copy kept once sent: text loses the secrets of its links; binary content is kept as it was (it holds no link). */
export function keptAttachment(a: OutboxAttachment): OutboxAttachment {
  return a.encoding === 'base64' ? a : { ...a, content: redactLinkSecrets(a.content) };
}
