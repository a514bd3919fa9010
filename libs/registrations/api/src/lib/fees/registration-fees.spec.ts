import { RegistrationFees } from './registration-fees';

const INVOICE = { organisationNumber: '2120000522', address: 'Box 1, 612 80 Finspång', reference: 'Anna Berg' };

describe('the fee decision for a fee already looked up', () => {
  const fees = new RegistrationFees();

  it('is nothing to invoice when the fee is zero, invoice details or not', () => {
    expect(fees.decision({ member: false, amountOre: 0 }, INVOICE)).toBeNull();
    expect(fees.decision({ member: true, amountOre: 0 }, undefined)).toBeNull();
  });

  it('refuses a fee without invoice details, naming the fields', () => {
    expect(() => fees.decision({ member: false, amountOre: 150_000 }, null)).toThrow(
      expect.objectContaining({
        code: 'fees.invoice-required',
        details: { errors: { 'invoice.organisationNumber': 'required', 'invoice.address': 'required', 'invoice.reference': 'required' } },
      }),
    );
  });

  it('keeps the price and the normalised details, with no Peppol id when none is given', () => {
    expect(fees.decision({ member: true, amountOre: 90_000 }, INVOICE)).toEqual({
      member: true,
      amountOre: 90_000,
      invoice: { organisationNumber: '212000-0522', address: 'Box 1, 612 80 Finspång', reference: 'Anna Berg', peppolId: null },
    });
  });

  it('refuses an organisation number that fails its check digit', () => {
    expect(() => fees.decision({ member: false, amountOre: 1 }, { ...INVOICE, organisationNumber: '2120000523' })).toThrow(
      expect.objectContaining({ code: 'validation.failed', details: { errors: { 'invoice.organisationNumber': 'isOrganisationNumber' } } }),
    );
  });
});
