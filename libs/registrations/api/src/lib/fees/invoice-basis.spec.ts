import { formatKronor, invoiceBasis, invoiceLine, oneLineAddress } from './invoice-basis';

const person = (over: Partial<Parameters<typeof invoiceLine>[0]> = {}) =>
  invoiceLine({
    organisationName: 'Finspångs kommun',
    organisationNumber: '212000-0522',
    address: 'Box 1\n612 80 Finspång',
    reference: 'KS-123',
    peppolId: null,
    firstName: 'Anna',
    lastName: 'Andersson',
    email: 'anna@finspang.se',
    reason: 'confirmed',
    amountOre: 120_000,
    ...over,
  });

describe('invoiceBasis', () => {
  it('sums three people at 1 200,00 to VAT 300,00 each and a total of 4 500,00', () => {
    const basis = invoiceBasis([person(), person({ firstName: 'Bo', email: 'bo@x.se' }), person({ firstName: 'Cia', email: 'cia@x.se' })]);
    expect(basis.groups).toHaveLength(1);
    expect(basis.groups[0].lines.map((l) => l.vatOre)).toEqual([30_000, 30_000, 30_000]);
    expect(basis.groups[0].subtotal).toEqual({ exVatOre: 360_000, vatOre: 90_000, totalOre: 450_000 });
    expect(basis.total).toEqual({ exVatOre: 360_000, vatOre: 90_000, totalOre: 450_000 });
  });

  it('groups by organisation number and reference, sorted in Swedish order, people by name', () => {
    const basis = invoiceBasis([
      person({ organisationName: 'Östersunds kommun', organisationNumber: '212000-2411', firstName: 'Örjan', lastName: 'Ek' }),
      person({ reference: 'KS-200', lastName: 'Berg' }),
      person({ organisationName: 'Arboga kommun', organisationNumber: '212000-2080', lastName: 'Åberg' }),
      person({ lastName: 'Zetterberg' }),
      person({ reference: 'ks-123', lastName: 'Ahl' }),
    ]);
    expect(basis.groups.map((g) => [g.organisationName, g.reference, g.lines.map((l) => l.lastName)])).toEqual([
      ['Arboga kommun', 'KS-123', ['Åberg']],
      ['Finspångs kommun', 'KS-123', ['Ahl', 'Zetterberg']],
      ['Finspångs kommun', 'KS-200', ['Berg']],
      ['Östersunds kommun', 'KS-123', ['Ek']],
    ]);
    expect(basis.total.totalOre).toBe(5 * 150_000);
  });

  it('keeps VAT per line, so the sum of rounded lines is the total', () => {
    const basis = invoiceBasis([person({ amountOre: 2 }), person({ amountOre: 2, email: 'b@x.se' })]);
    expect(basis.total).toEqual({ exVatOre: 4, vatOre: 2, totalOre: 6 });
  });

  it('is empty with a zero total when nobody is invoiced', () => {
    expect(invoiceBasis([])).toEqual({ groups: [], total: { exVatOre: 0, vatOre: 0, totalOre: 0 } });
  });
});

describe('formatKronor and oneLineAddress', () => {
  it('writes öre as kronor with a point and two decimals', () => {
    expect(formatKronor(125_000)).toBe('1250.00');
    expect(formatKronor(5)).toBe('0.05');
    expect(formatKronor(0)).toBe('0.00');
    expect(formatKronor(123_456_789)).toBe('1234567.89');
  });

  it('puts an address on one line', () => {
    expect(oneLineAddress('Box 1\n 612 80 Finspång\n\n')).toBe('Box 1, 612 80 Finspång');
  });
});
