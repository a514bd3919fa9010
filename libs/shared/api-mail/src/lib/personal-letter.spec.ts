import { personalLetter } from './personal-letter';

describe('personalLetter', () => {
  it('greets by name, then the body, the privacy notice link and the signature, in Swedish', () => {
    expect(personalLetter('sv', 'Siv', ['Rad ett.', 'Rad två.'], 'https://samverkan.example')).toBe(
      'Hej Siv,\n\nRad ett.\nRad två.\n\nSå behandlar vi dina personuppgifter:\nhttps://samverkan.example/personuppgifter\n\n— Svenska Industrikommuner',
    );
  });

  it('in English', () => {
    const text = personalLetter('en', 'Sam', ['Line.'], 'http://localhost:3000');
    expect(text.startsWith('Hello Sam,\n\nLine.\n\nHow we handle your personal data:\nhttp://localhost:3000/personuppgifter')).toBe(true);
  });
});
