import { toBuffer } from 'qrcode';

/** A check-in code as it travels in a mail: the code itself and its QR code as a base64 PNG. */
export interface CheckInMailPart {
  code: string;
  qrPng: string;
}

/** The QR code of a check-in code (PNG, error correction M, big enough for a phone camera from a screen or paper). */
export async function checkInMailPart(code: string): Promise<CheckInMailPart> {
  const png = await toBuffer(code, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 320 });
  return { code, qrPng: png.toString('base64') };
}
