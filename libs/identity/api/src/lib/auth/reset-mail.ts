/** The password-reset mail. */
export function resetMail(name: string, link: string): { subject: string; text: string } {
  return {
    subject: 'Välj nytt lösenord i Samverkan',
    text: [
      `Hej ${name},`,
      '',
      'Någon (förhoppningsvis du) bad om att få välja ett nytt lösenord till ditt konto i Samverkan.',
      `Öppna länken inom en timme för att välja ett nytt lösenord:`,
      link,
      '',
      'Bad du inte om det? Då kan du bortse från det här e-postmeddelandet; ditt lösenord är oförändrat.',
      '',
      '— Svenska Industrikommuner',
    ].join('\n'),
  };
}
