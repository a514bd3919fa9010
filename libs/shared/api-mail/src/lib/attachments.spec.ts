import { keptAttachment, sendableAttachment } from './attachments';

const TOKEN = 'A'.repeat(43);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('outbox attachments', () => {
  it('send text as it is and base64 content as its bytes', async () => {
    expect((await sendableAttachment({ filename: 'a.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' })).content).toBe('BEGIN:VCALENDAR');
    const sent = await sendableAttachment({ filename: 'qr.png', contentType: 'image/png', content: PNG_SIGNATURE.toString('base64'), encoding: 'base64' });
    expect(Buffer.isBuffer(sent.content)).toBe(true);
    expect((sent.content as Buffer).equals(PNG_SIGNATURE)).toBe(true);
  });

  it('draw a QR code as a 320 px PNG when the mail is sent', async () => {
    const sent = await sendableAttachment({ filename: 'check-in.png', contentType: 'image/png', content: 'C'.repeat(43), encoding: 'qr' });
    const png = sent.content as Buffer;
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.readUInt32BE(16)).toBe(320);
    // The first drawing loads the QR and PNG modules: slow on a busy machine.
  }, 30_000);

  it('keep text without link secrets, and base64 content and QR texts untouched (redacting would corrupt them)', () => {
    expect(keptAttachment({ filename: 'a.ics', contentType: 'text/calendar', content: `URL:https://x.se/anmalan/${TOKEN}` }).content).toBe(
      'URL:https://x.se/anmalan/[borttaget]',
    );
    const base64 = `iVBO/${TOKEN}+rest`;
    expect(keptAttachment({ filename: 'qr.png', contentType: 'image/png', content: base64, encoding: 'base64' }).content).toBe(base64);
    expect(keptAttachment({ filename: 'qr.png', contentType: 'image/png', content: TOKEN, encoding: 'qr' }).content).toBe(TOKEN);
  });
});
