import { EMPTY_MESSAGE, fieldToken, insertAt, sameRequest, toMessageRequest } from './message-request';

describe('toMessageRequest', () => {
  it('sends only the chosen filters and the English text only when written', () => {
    expect(toMessageRequest({ ...EMPTY_MESSAGE, subjectSv: ' Hej ', bodySv: 'Text\n', subjectEn: '  ', bodyEn: '' })).toEqual({
      subjectSv: 'Hej',
      bodySv: 'Text',
      filter: {},
    });
    expect(
      toMessageRequest({
        ...EMPTY_MESSAGE,
        subjectSv: 'Hej',
        bodySv: 'Text',
        subjectEn: 'Hi',
        bodyEn: 'Text',
        status: 'cancelled',
        organisationType: 'region',
        agendaItemId: 'item-1',
        checkedIn: 'no',
      }),
    ).toEqual({
      subjectSv: 'Hej',
      bodySv: 'Text',
      subjectEn: 'Hi',
      bodyEn: 'Text',
      filter: { status: 'cancelled', organisationType: 'region', agendaItemId: 'item-1', checkedIn: false },
    });
    expect(toMessageRequest({ ...EMPTY_MESSAGE, checkedIn: 'yes' }).filter).toEqual({ checkedIn: true });
  });

  it('tells whether a preview still stands for the form', () => {
    const a = toMessageRequest({ ...EMPTY_MESSAGE, subjectSv: 'Hej' });
    expect(sameRequest(a, toMessageRequest({ ...EMPTY_MESSAGE, subjectSv: 'Hej ' }))).toBe(true);
    expect(sameRequest(a, toMessageRequest({ ...EMPTY_MESSAGE, subjectSv: 'Hej', checkedIn: 'yes' }))).toBe(false);
  });
});

describe('merge field insertion', () => {
  it('names a field in the language of the text it goes into', () => {
    expect(fieldToken('firstName', 'bodySv')).toBe('{förnamn}');
    expect(fieldToken('programmeLink', 'subjectEn')).toBe('{programmeLink}');
  });

  it('puts the field at the cursor, over a selection, or at the end', () => {
    expect(insertAt('Hej !', 4, 4, '{förnamn}')).toEqual({ text: 'Hej {förnamn}!', caret: 13 });
    expect(insertAt('Hej XX!', 4, 6, '{förnamn}')).toEqual({ text: 'Hej {förnamn}!', caret: 13 });
    expect(insertAt('Hej', null, null, ' {förnamn}')).toEqual({ text: 'Hej {förnamn}', caret: 13 });
  });
});
