import type { EvaluationForm } from '@samverkan/evaluation/contract';
import { initialValue, toAnswerRequest } from './evaluation-form';

const form: EvaluationForm = {
  state: 'open',
  conference: { id: 'c', titleSv: 'Konferensen', titleEn: null, startsAt: '2027-04-14T09:00:00+02:00', endsAt: '2027-04-15T16:00:00+02:00' },
  closesAt: '2027-05-15T16:00:00+02:00',
  sessions: [
    { agendaItemId: 'a', titleSv: 'A', titleEn: null, startsAt: null, endsAt: null },
    { agendaItemId: 'b', titleSv: 'B', titleEn: null, startsAt: null, endsAt: null },
  ],
  focusAreas: [
    { code: 'skills', titleSv: 'Kompetens', titleEn: 'Skills' },
    { code: 'cooperation', titleSv: 'Samverkan', titleEn: 'Cooperation' },
  ],
  answer: null,
};

describe('evaluation form', () => {
  it('starts empty without an answer', () => {
    expect(initialValue(form)).toEqual({
      overall: null,
      sessions: { a: null, b: null },
      keep: '',
      change: '',
      focusAreas: { skills: false, cooperation: false },
    });
  });

  it('starts from the saved answer', () => {
    const value = initialValue({
      ...form,
      answer: { overall: 4, sessions: { b: 2 }, keep: 'Allt', change: null, focusAreaCodes: ['cooperation'], updatedAt: '2027-04-16T10:00:00+02:00' },
    });
    expect(value).toEqual({ overall: 4, sessions: { a: null, b: 2 }, keep: 'Allt', change: '', focusAreas: { skills: false, cooperation: true } });
  });

  it('sends the whole answer: unanswered items left out, empty texts as null, ticked areas', () => {
    expect(
      toAnswerRequest({ overall: 5, sessions: { a: 3, b: null }, keep: '  ', change: ' Pauserna ', focusAreas: { skills: true, cooperation: false } }),
    ).toEqual({ overall: 5, sessions: { a: 3 }, keep: null, change: 'Pauserna', focusAreaCodes: ['skills'] });
  });
});
