import { luhnValid, parseOrganisationNumber, priceWithVat } from '@samverkan/registrations/contract';

describe('priceWithVat (the contract’s VAT rule)', () => {
  it('adds 25 % VAT to the öre', () => {
    expect(priceWithVat(120_000)).toEqual({ exVatOre: 120_000, vatOre: 30_000, totalOre: 150_000 });
    expect(priceWithVat(0)).toEqual({ exVatOre: 0, vatOre: 0, totalOre: 0 });
  });

  it('rounds a part öre half up', () => {
    expect(priceWithVat(1)).toEqual({ exVatOre: 1, vatOre: 0, totalOre: 1 }); // 0.25
    expect(priceWithVat(2)).toEqual({ exVatOre: 2, vatOre: 1, totalOre: 3 }); // 0.5
    expect(priceWithVat(3)).toEqual({ exVatOre: 3, vatOre: 1, totalOre: 4 }); // 0.75
    expect(priceWithVat(99_999)).toEqual({ exVatOre: 99_999, vatOre: 25_000, totalOre: 124_999 }); // 24 999.75
  });

  it('refuses what is not a whole, non-negative number of öre', () => {
    expect(() => priceWithVat(-1)).toThrow(RangeError);
    expect(() => priceWithVat(1.5)).toThrow(RangeError);
    expect(() => priceWithVat(Number.NaN)).toThrow(RangeError);
  });
});

describe('parseOrganisationNumber (Luhn)', () => {
  it('accepts 10 digits with a valid check digit, with or without the hyphen, and writes NNNNNN-NNNN', () => {
    expect(parseOrganisationNumber('212000-0142')).toBe('212000-0142'); // Stockholms kommun
    expect(parseOrganisationNumber('2120000142')).toBe('212000-0142');
    expect(parseOrganisationNumber(' 556036-0793 ')).toBe('556036-0793');
  });

  it('refuses a wrong check digit, other lengths and other separators', () => {
    expect(parseOrganisationNumber('212000-0143')).toBeNull();
    expect(parseOrganisationNumber('212000014')).toBeNull();
    expect(parseOrganisationNumber('16212000-0142')).toBeNull();
    expect(parseOrganisationNumber('21200-00142')).toBeNull();
    expect(parseOrganisationNumber('212000 0142')).toBeNull();
    expect(parseOrganisationNumber('abcdef-ghij')).toBeNull();
    expect(parseOrganisationNumber('')).toBeNull();
  });

  it('luhnValid checks the mod-10 sum', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnValid('12a')).toBe(false);
  });
});
