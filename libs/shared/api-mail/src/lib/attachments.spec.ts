import { keptAttachment, sendableAttachment } from './attachments';

const TOKEN = 'A'.repeat(43);

describe('outbox attachments', () => {
  it('send text as it is and base64 content as its bytes', () => {
    expect(sendableAttachment({ filename: 'a.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' }).content).toBe('BEGIN:VCALENDAR');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const sent = sendableAttachment({ filename: 'qr.png', contentType: 'image/png', content: png.toString('base64'), encoding: 'base64' });
    expect(Buffer.isBuffer(sent.content)).toBe(true);
    expect((sent.content as Buffer).equals(png)).toBe(true);
  });

  it('keep text without link secrets, and base64 content untouched (redacting it would corrupt the file)', () => {
    expect(keptAttachment({ filename: 'a.ics', contentType: 'text/calendar', content: `URL:https://x.se/anmalan/${TOKEN}` }).content).toBe(
      'URL:https://x.se/anmalan/[borttaget]',
    );
    const base64 = `iVBO/${TOKEN}+rest`;
    expect(keptAttachment({ filename: 'qr.png', contentType: 'image/png', content: base64, encoding: 'base64' }).content).toBe(base64);
  });
});
