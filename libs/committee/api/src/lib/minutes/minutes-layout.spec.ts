import { minutesFileName, minutesLayout, type MinutesSource, type MinutesSourceItem } from './minutes-layout';

const item = (overrides: Partial<MinutesSourceItem>): MinutesSourceItem => ({
  kind: 'standard',
  title: 'Mötets öppnande',
  decisionText: null,
  outcome: null,
  motivation: null,
  actionItems: [],
  previousMinutes: null,
  ...overrides,
});

const source = (overrides: Partial<MinutesSource> = {}): MinutesSource => ({
  title: 'AU-möte i Växjö',
  // 13:00 and 15:00 in Stockholm (winter, +01:00).
  startsAt: new Date('2031-02-10T12:00:00Z'),
  endsAt: new Date('2031-02-10T14:00:00Z'),
  place: 'Stadshuset',
  videoLink: null,
  chairName: 'Ulla Utskott',
  approverName: 'Åsa Öberg',
  chairApprovedAt: new Date('2031-02-12T08:30:00Z'),
  approverApprovedAt: new Date('2031-02-13T15:05:00Z'),
  present: ['Ulla Utskott', 'Åsa Öberg'],
  absent: [],
  items: [],
  ...overrides,
});

describe('minutes layout', () => {
  it('heads the minutes with the association, the title, the Stockholm time, the place and who was there', () => {
    const layout = minutesLayout(source({ absent: ['Bo Borta'] }));
    expect(layout.association).toBe('Svenska Industrikommuner');
    expect(layout.heading).toBe('Protokoll – AU-möte i Växjö');
    expect(layout.facts).toEqual([
      { label: 'Tid', text: 'måndag 10 februari 2031 13:00–15:00' },
      { label: 'Plats', text: 'Stadshuset' },
      { label: 'Ordförande', text: 'Ulla Utskott' },
      { label: 'Justerare', text: 'Åsa Öberg' },
      { label: 'Närvarande', text: 'Ulla Utskott, Åsa Öberg' },
      { label: 'Frånvarande', text: 'Bo Borta' },
    ]);
  });

  it('says when attendance was not taken, and leaves out the place and the absent when there are none', () => {
    const layout = minutesLayout(source({ place: null, present: [], endsAt: null }));
    expect(layout.facts.map((f) => f.label)).toEqual(['Tid', 'Ordförande', 'Justerare', 'Närvarande']);
    expect(layout.facts[0].text).toBe('måndag 10 februari 2031 13:00');
    expect(layout.facts[3].text).toBe('Närvaron är inte antecknad.');
  });

  it('numbers the items § 1, § 2 … with the decision, its reasons, the minutes text and the action items', () => {
    const layout = minutesLayout(
      source({
        items: [
          item({ title: 'Mötets öppnande', decisionText: 'Ordföranden öppnade mötet.' }),
          item({ kind: 'proposal', title: 'Beslut om förslag: Energi', outcome: 'accept', motivation: 'Viktigt för  industrin.' }),
          item({
            kind: 'other',
            title: 'Övriga frågor',
            decisionText: 'Lokalen bokas.\r\nAnsvarig rapporterar.',
            actionItems: [{ title: 'Boka lokal', ownerName: 'Åsa Öberg', dueDate: '2031-03-31' }],
          }),
          item({ kind: 'other', title: 'Inget sades' }),
        ],
      }),
    );
    expect(layout.sections.map((s) => `${s.number} ${s.title}`)).toEqual([
      '§ 1 Mötets öppnande',
      '§ 2 Beslut om förslag: Energi',
      '§ 3 Övriga frågor',
      '§ 4 Inget sades',
    ]);
    expect(layout.sections[0].paragraphs).toEqual([{ label: 'Beslut', text: 'Ordföranden öppnade mötet.' }]);
    expect(layout.sections[1].paragraphs).toEqual([
      { label: 'Beslut', text: 'Förslaget antas.' },
      { label: 'Motivering', text: 'Viktigt för industrin.' },
    ]);
    expect(layout.sections[2].paragraphs).toEqual([
      { label: 'Beslut', text: 'Lokalen bokas.\nAnsvarig rapporterar.' },
      { label: 'Åtgärd', text: 'Boka lokal (ansvarig: Åsa Öberg, senast 31 mars 2031)' },
    ]);
    expect(layout.sections[3].paragraphs).toEqual([{ label: null, text: 'Inget beslut antecknat.' }]);
  });

  it('names the previous minutes, or says there are none', () => {
    const previous = { title: 'AU-möte 1', startsAt: new Date('2031-01-15T12:00:00Z'), lockedAt: new Date('2031-01-20T09:00:00Z') };
    const layout = minutesLayout(
      source({
        items: [
          item({
            kind: 'previous-minutes',
            title: 'Föregående protokoll',
            previousMinutes: previous,
            decisionText: 'Lades till handlingarna.',
          }),
          item({ kind: 'previous-minutes', title: 'Föregående protokoll' }),
        ],
      }),
    );
    expect(layout.sections[0].paragraphs).toEqual([
      { label: null, text: 'Protokollet från AU-möte 1 den 15 januari 2031, justerat 20 januari 2031 kl. 10:00.' },
      { label: 'Beslut', text: 'Lades till handlingarna.' },
    ]);
    expect(layout.sections[1].paragraphs).toEqual([{ label: null, text: 'Det finns inget tidigare justerat protokoll.' }]);
  });

  it('signs with the chair and the minutes checker and when each approved, in Stockholm time', () => {
    expect(minutesLayout(source()).signatures).toEqual([
      { label: 'Ordförande', text: 'Ulla Utskott, justerat 12 februari 2031 kl. 09:30' },
      { label: 'Justerare', text: 'Åsa Öberg, justerat 13 februari 2031 kl. 16:05' },
    ]);
    expect(minutesLayout(source({ approverName: null, approverApprovedAt: null, chairApprovedAt: null })).signatures).toEqual([
      { label: 'Ordförande', text: 'Ulla Utskott, inte justerat' },
      { label: 'Justerare', text: 'ingen vald' },
    ]);
  });

  it('names the file after the title and the Stockholm date, in ASCII', () => {
    // 23:30 UTC on 9 February is 10 February in Stockholm.
    expect(minutesFileName('AU-möte i Växjö', new Date('2031-02-09T23:30:00Z'))).toBe('protokoll-au-mote-i-vaxjo-2031-02-10.pdf');
    expect(minutesLayout(source()).fileName).toBe('protokoll-au-mote-i-vaxjo-2031-02-10.pdf');
    expect(minutesFileName('Ωμέγα', new Date('2031-02-09T10:00:00Z'))).toBe('protokoll-mote-2031-02-09.pdf');
  });

  it('records a strategy adoption as the version adopted, or kept in consultation', () => {
    const layout = minutesLayout(
      source({
        items: [
          item({ kind: 'strategy-adoption', title: 'Beslut om att anta strategin: Strategi 2028 (2028)', outcome: 'accept' }),
          item({ kind: 'strategy-adoption', title: 'Beslut om att anta strategin: Strategi 2030 (2030)', outcome: 'reject' }),
          item({ kind: 'proposal', title: 'Beslut om förslag: Energi', outcome: 'accept', motivation: 'Bra.' }),
        ],
      }),
    );
    expect(layout.sections[0].paragraphs).toEqual([
      { label: 'Beslut', text: 'Strategiversionen antas och ersätter den tidigare gällande strategin.' },
    ]);
    expect(layout.sections[1].paragraphs).toEqual([{ label: 'Beslut', text: 'Strategiversionen antas inte och förblir på remiss.' }]);
    expect(layout.sections[2].paragraphs[0]).toEqual({ label: 'Beslut', text: 'Förslaget antas.' });
  });
});
