import { FormBuilder } from '@angular/forms';
import type { ConferenceFeesResponse } from '@samverkan/registrations/contract';
import { buildFeesForm, fillFeesForm, priceKey, toFeesRequest } from './fees-form';

const fees: ConferenceFeesResponse = {
  prices: [
    { organisationType: 'municipality', member: false, amountOre: 125_050 },
    { organisationType: 'municipality', member: true, amountOre: 0 },
  ],
  lateCancellation: { invoicedAfter: '2031-04-30T14:00:00+02:00', noShowInvoiced: false },
  vatPercent: 25,
};

describe('the fees form', () => {
  const form = () => buildFeesForm(new FormBuilder().nonNullable);

  it('fills from the answer and gives the same request back', () => {
    const f = form();
    fillFeesForm(f, fees);
    expect(f.controls.prices.controls[priceKey('municipality', false)].value).toBe('1250,50');
    expect(f.controls.invoicedAfterDate.enabled).toBe(true);
    const request = toFeesRequest(f);
    expect(request.prices).toHaveLength(10);
    expect(request.prices).toContainEqual({ organisationType: 'municipality', member: false, amountOre: 125_050 });
    expect(request.prices).toContainEqual({ organisationType: 'business', member: true, amountOre: 0 });
    expect(request.lateCancellation).toEqual({ invoicedAfter: '2031-04-30T14:00:00+02:00', noShowInvoiced: false });
  });

  it('refuses amounts that are not kronor and sends no time without the rule', () => {
    const f = form();
    fillFeesForm(f, { ...fees, lateCancellation: { invoicedAfter: null, noShowInvoiced: true } });
    expect(f.controls.invoicedAfterDate.disabled).toBe(true);
    expect(toFeesRequest(f).lateCancellation).toEqual({ invoicedAfter: null, noShowInvoiced: true });
    const price = f.controls.prices.controls[priceKey('region', true)];
    price.setValue('12,345');
    expect(price.errors).toEqual({ amount: true });
    price.setValue('2000000');
    expect(price.errors).toEqual({ amount: true });
    price.setValue('1 000');
    expect(price.errors).toBeNull();
  });
});
