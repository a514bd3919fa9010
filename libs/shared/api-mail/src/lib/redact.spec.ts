import { randomBytes, randomUUID } from 'node:crypto';
import { REDACTED, redactLinkSecrets } from './redact';

describe('redactLinkSecrets', () => {
  const token = () => randomBytes(32).toString('base64url');

  it('removes manage, calendar and reset tokens from links, wherever they stand', () => {
    const [a, b, c] = [token(), token(), token()];
    const text = [
      `Hantera din anmälan: https://samverkan.example.se/anmalan/${a}`,
      `Kalender: https://samverkan.example.se/api/calendar/registrations/${b}.ics`,
      `Nytt lösenord: https://samverkan.example.se/aterstall-losenord/${c}?x=1`,
    ].join('\n');
    const redacted = redactLinkSecrets(text);
    for (const secret of [a, b, c]) expect(redacted).not.toContain(secret);
    expect(redacted).toContain(`/anmalan/${REDACTED}`);
    expect(redacted).toContain(`/registrations/${REDACTED}.ics`);
    expect(redacted).toContain(`/aterstall-losenord/${REDACTED}?x=1`);
  });

  it('leaves ids, ordinary words and longer runs alone', () => {
    const id = randomUUID();
    const text = `https://samverkan.example.se/konferenser/${id} /${'x'.repeat(44)} ${'y'.repeat(43)}`;
    expect(redactLinkSecrets(text)).toBe(text);
  });
});
