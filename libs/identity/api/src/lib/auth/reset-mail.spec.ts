import { checkTexts } from '@samverkan/shared/testing';
import { resetMail } from './reset-mail';

describe('the password-reset mail', () => {
  it('uses the term list and carries the link', () => {
    const mail = resetMail('Anna', 'https://samverkan.example/aterstall-losenord/abc');
    expect(checkTexts({ subject: mail.subject, text: mail.text }, 'sv')).toEqual([]);
    expect(mail.text).toContain('https://samverkan.example/aterstall-losenord/abc');
  });
});
