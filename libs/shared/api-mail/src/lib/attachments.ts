import { toBuffer } from 'qrcode';
import type { OutboxAttachment } from './outbox-message.entity';
import { redactLinkSecrets } from './redact';

/** A QR code as a PNG: error correction M, 320 px, big enough for a phone camera from a screen or paper. */
export function qrPng(text: string): Promise<Buffer> {
  return toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 320 });
}

/**
 * An outbox attachment as nodemailer takes it: base64 content is decoded to its bytes, a QR code's text
 * is drawn as a PNG.
 */
export async function sendableAttachment(a: OutboxAttachment): Promise<{ filename: string; contentType: string; content: string | Buffer }> {
  const content = a.encoding === 'base64' ? Buffer.from(a.content, 'base64') : a.encoding === 'qr' ? await qrPng(a.content) : a.content;
  return { filename: a.filename, contentType: a.contentType, content };
}

/**
 * The copy kept once sent: text loses the secrets of its links; binary content and a QR code's text are
 * kept as they were (neither holds a link; the image would hold the same text).
 */
export function keptAttachment(a: OutboxAttachment): OutboxAttachment {
  return a.encoding ? a : { ...a, content: redactLinkSecrets(a.content) };
}
