import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { ConferenceFeesResponse, FeeQuoteResponse } from '@samverkan/registrations/contract';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, rowCounts, type TestApp } from './support/test-app';

const DAY = 86_400_000;
const INVOICE = {
  organisationNumber: '212000-0522',
  address: 'Box 1\n612 80 Finspång',
  reference: 'KS-2031-04',
  peppolId: '0007:2120000522',
};

describe('fees and the invoice basis', () => {
  let t: TestApp;
  let committee: string;
  let council: string;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    committee = await t.login(DEMO.committee);
    council = await t.login(DEMO.council);
    admin = await t.login(DEMO.admin);
  });
  afterAll(() => t.close());

  const prices = (municipality: number, member = municipality) => ({
    prices: [
      { organisationType: 'municipality', member: false, amountOre: municipality },
      { organisationType: 'municipality', member: true, amountOre: member },
      { organisationType: 'business', member: false, amountOre: 0 },
    ],
    lateCancellation: { invoicedAfter: null, noShowInvoiced: true },
  });

  async function setFees(conferenceId: string, body: object) {
    return (await t.http.put(`/api/conferences/${conferenceId}/fees`).set('Authorization', committee).send(body).expect(200))
      .body as ConferenceFeesResponse;
  }

  const register = (conferenceId: string, n: string, overrides: object = {}) =>
    t.http.post(`/api/conferences/${conferenceId}/registrations`).send({ ...registrationBody(n), ...overrides });

  async function invoiceCsv(conferenceId: string) {
    const res = await t.http.get(`/api/conferences/${conferenceId}/invoice-basis.csv`).set('Authorization', committee).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['cache-control']).toBe('no-store');
    return parse(res.text, { bom: true }) as string[][];
  }

  it('sets prices and the rule, answers the full list, and quotes with VAT for members and others', async () => {
    const conference = await createConference(t, committee);
    const empty = (await t.http.get(`/api/conferences/${conference.id}/fees`).set('Authorization', committee).expect(200))
      .body as ConferenceFeesResponse;
    expect(empty.prices).toHaveLength(10);
    expect(empty.prices.every((p) => p.amountOre === 0)).toBe(true);
    expect(empty.lateCancellation).toEqual({ invoicedAfter: null, noShowInvoiced: true });
    expect(empty.vatPercent).toBe(25);

    const saved = await setFees(conference.id, {
      ...prices(125_000, 99_999),
      lateCancellation: { invoicedAfter: '2031-04-30T12:00:00Z', noShowInvoiced: false },
    });
    expect(saved.prices).toContainEqual({ organisationType: 'municipality', member: true, amountOre: 99_999 });
    expect(saved.prices).toContainEqual({ organisationType: 'region', member: false, amountOre: 0 });
    expect(saved.lateCancellation).toEqual({ invoicedAfter: '2031-04-30T14:00:00+02:00', noShowInvoiced: false });
    // Replaced whole: what is left out costs nothing afterwards.
    const replaced = await setFees(conference.id, {
      prices: [{ organisationType: 'business', member: false, amountOre: 50_000 }],
      lateCancellation: { invoicedAfter: null, noShowInvoiced: true },
    });
    expect(replaced.prices.filter((p) => p.amountOre > 0)).toEqual([{ organisationType: 'business', member: false, amountOre: 50_000 }]);
    await setFees(conference.id, prices(125_000, 99_999));

    const member = (
      await t.http
        .post('/api/organisations')
        .set('Authorization', admin)
        .send({ name: 'Medlemskommunen', type: 'municipality', member: true })
        .expect(201)
    ).body;
    const quote = async (query: string) =>
      (await t.http.get(`/api/conferences/${conference.id}/fees/quote?${query}`).expect(200)).body as FeeQuoteResponse;
    expect(await quote('organisationType=municipality')).toEqual({
      organisationType: 'municipality',
      member: false,
      feeApplies: true,
      exVatOre: 125_000,
      vatOre: 31_250,
      totalOre: 156_250,
    });
    expect(await quote(`organisationType=municipality&organisationId=${member.id}`)).toMatchObject({
      member: true,
      exVatOre: 99_999,
      vatOre: 25_000,
      totalOre: 124_999,
    });
    expect(await quote('organisationType=business')).toMatchObject({ feeApplies: false, exVatOre: 0, vatOre: 0, totalOre: 0 });
    await t.http.get(`/api/conferences/${conference.id}/fees/quote?organisationType=kommun`).expect(400);
  });

  it('refuses bad price lists and keeps the old one', async () => {
    const conference = await createConference(t, committee);
    await setFees(conference.id, prices(100_000));
    const twice = await t.http
      .put(`/api/conferences/${conference.id}/fees`)
      .set('Authorization', committee)
      .send({ ...prices(1), prices: [...prices(1).prices, { organisationType: 'municipality', member: false, amountOre: 5 }] })
      .expect(400);
    expect(twice.body).toMatchObject({ code: 'fees.duplicate-price', errors: { prices: 'duplicate' } });
    for (const amountOre of [-1, 1.5, 100_000_001]) {
      await t.http.put(`/api/conferences/${conference.id}/fees`).set('Authorization', committee).send(prices(amountOre)).expect(400);
    }
    await t.http
      .put(`/api/conferences/${conference.id}/fees`)
      .set('Authorization', committee)
      .send({ ...prices(1), lateCancellation: { invoicedAfter: '2031-04-30T12:00:00', noShowInvoiced: true } })
      .expect(400);
    const still = (await t.http.get(`/api/conferences/${conference.id}/fees`).set('Authorization', committee).expect(200))
      .body as ConferenceFeesResponse;
    expect(still.prices.filter((p) => p.amountOre > 0).map((p) => p.amountOre)).toEqual([100_000, 100_000]);
  });

  it('asks for invoice details only when a fee applies, checks the organisation number and stores nothing on refusal', async () => {
    const conference = await createConference(t, committee);
    await setFees(conference.id, prices(120_000));
    const before = await rowCounts(t.dataSource);

    const missing = await register(conference.id, 'f-missing').expect(400);
    expect(missing.body).toMatchObject({
      code: 'fees.invoice-required',
      errors: { 'invoice.organisationNumber': 'required', 'invoice.reference': 'required' },
    });
    for (const organisationNumber of ['212000-0523', '21200005', '212000_0522', 'SE2120000522']) {
      const bad = await register(conference.id, 'f-luhn', { invoice: { ...INVOICE, organisationNumber } }).expect(400);
      expect(bad.body.errors).toEqual({ 'invoice.organisationNumber': 'isOrganisationNumber' });
    }
    const noReference = await register(conference.id, 'f-ref', { invoice: { ...INVOICE, reference: '' } }).expect(400);
    expect(Object.keys(noReference.body.errors)).toEqual(['invoice.reference']);
    await register(conference.id, 'f-peppol', { invoice: { ...INVOICE, peppolId: 'not a peppol id' } }).expect(400);
    const after = await rowCounts(t.dataSource);
    expect(after).toEqual(before);

    const ok = await register(conference.id, 'f-ok', { invoice: { ...INVOICE, organisationNumber: '2120000522', peppolId: '' } }).expect(
      201,
    );
    const [stored] = await t.dataSource.query(
      `SELECT organisation_number, address, reference, peppol_id, amount_ore, member FROM registration_invoices WHERE registration_id = $1`,
      [ok.body.id],
    );
    expect(stored).toEqual({
      organisation_number: '212000-0522',
      address: INVOICE.address,
      reference: INVOICE.reference,
      peppol_id: null,
      amount_ore: 120_000,
      member: false,
    });

    // Free for businesses: no invoice fields needed, and those sent are not kept.
    const free = await register(conference.id, 'f-free', { organisationType: 'business', invoice: INVOICE }).expect(201);
    const kept = await t.dataSource.query(`SELECT 1 FROM registration_invoices WHERE registration_id = $1`, [free.body.id]);
    expect(kept).toEqual([]);
    await register(conference.id, 'f-free2', { organisationType: 'business' }).expect(201);
  });

  it('uses the member price for a registration of a member organisation', async () => {
    const conference = await createConference(t, committee);
    await setFees(conference.id, prices(150_000, 0));
    const member = (
      await t.http
        .post('/api/organisations')
        .set('Authorization', admin)
        .send({ name: 'Medlemsstaden', type: 'municipality', member: true })
        .expect(201)
    ).body;
    const free = await register(conference.id, 'm-1', { organisationId: member.id }).expect(201);
    expect(await t.dataSource.query(`SELECT 1 FROM registration_invoices WHERE registration_id = $1`, [free.body.id])).toEqual([]);
    await register(conference.id, 'm-2').expect(400);
  });

  it('writes the invoice basis: 3 people at 1 200,00 make VAT 300,00 each and 4 500,00 in all, grouped by organisation and reference', async () => {
    const conference = await createConference(t, committee, { capacity: 10 });
    await setFees(conference.id, prices(120_000));
    await register(conference.id, 'b-1', { lastName: 'Berg', invoice: INVOICE }).expect(201);
    await register(conference.id, 'b-2', { lastName: 'Alm', invoice: { ...INVOICE, organisationNumber: '2120000522' } }).expect(201);
    await register(conference.id, 'b-3', {
      lastName: 'Ek',
      organisationName: 'Arboga kommun',
      invoice: { ...INVOICE, organisationNumber: '212000-2080', reference: '=HYPERLINK("x")' },
    }).expect(201);
    await register(conference.id, 'b-free', { organisationType: 'business' }).expect(201);

    const rows = await invoiceCsv(conference.id);
    expect(rows[0]).toEqual([
      'Organisation',
      'Organisationsnummer',
      'Fakturaadress',
      'Fakturareferens',
      'Peppol-id',
      'Förnamn',
      'Efternamn',
      'E-post',
      'Skäl',
      'Pris exkl. moms (kr)',
      'Moms 25 % (kr)',
      'Att betala (kr)',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[6], r[8], r[9], r[10], r[11]])).toEqual([
      ['Arboga kommun', '212000-2080', `'=HYPERLINK("x")`, 'Ek', 'Bekräftad', '1200.00', '300.00', '1500.00'],
      ['Finspångs kommun', '212000-0522', 'KS-2031-04', 'Alm', 'Bekräftad', '1200.00', '300.00', '1500.00'],
      ['Finspångs kommun', '212000-0522', 'KS-2031-04', 'Berg', 'Bekräftad', '1200.00', '300.00', '1500.00'],
      ['Totalt', '', '', '', '', '3600.00', '900.00', '4500.00'],
    ]);
    expect(rows[2][2]).toBe('Box 1, 612 80 Finspång');
    expect(rows[2][4]).toBe('0007:2120000522');

    const xlsx = await t.http
      .get(`/api/conferences/${conference.id}/invoice-basis.xlsx`)
      .set('Authorization', committee)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const sheet = workbook.getWorksheet('Fakturaunderlag');
    const values = (n: number) => (sheet?.getRow(n).values as unknown[]).slice(1);
    expect(values(2)[3]).toBe('=HYPERLINK("x")'); // a text cell, not a formula
    expect(sheet?.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.String);
    expect(values(3).slice(8)).toEqual(['Summa', 1200, 300, 1500]);
    expect(values(6)).toEqual(expect.arrayContaining(['Summa', 2400, 600, 3000]));
    expect(values(7)[0]).toBe('Totalt');
    expect(values(7).slice(9)).toEqual([3600, 900, 4500]);
  });

  it('invoices late cancellations of a seat and no-shows by the rule staff set', async () => {
    const start = new Date(Date.now() + 10 * DAY);
    const conference = await createConference(t, committee, {
      capacity: 3,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + DAY).toISOString(),
    });
    await setFees(conference.id, prices(100_000));
    const reg = async (n: string) =>
      (await register(conference.id, n, { lastName: n, invoice: INVOICE }).expect(201)).body as {
        id: string;
        manageToken: string;
        status: string;
      };
    const early = await reg('Tidig');
    await t.http.delete(`/api/registrations/${early.manageToken}`).expect(200);
    const late = await reg('Sen');
    const came = await reg('Kom');
    const absent = await reg('Borta');
    const waiting = await reg('Reserv');
    expect(waiting.status).toBe('waitlisted');

    // The rule: cancellations from a moment ago on are invoiced.
    const invoicedAfter = new Date(Date.now() - 1000).toISOString();
    await setFees(conference.id, { ...prices(100_000), lateCancellation: { invoicedAfter, noShowInvoiced: true } });
    const back = await t.dataSource.query(`UPDATE registrations SET cancelled_at = now() - interval '1 hour' WHERE id = $1 RETURNING id`, [
      early.id,
    ]);
    expect(back[1]).toBe(1);
    await t.http.delete(`/api/registrations/${late.manageToken}`).expect(200); // waiting is promoted
    await t.http.delete(`/api/registrations/${waiting.manageToken}`).expect(200); // a promoted seat, cancelled late
    const names = async () => (await invoiceCsv(conference.id)).slice(1, -1).map((r) => `${r[6]}:${r[8]}`);
    expect(await names()).toEqual(['Borta:Bekräftad', 'Kom:Bekräftad', 'Reserv:Sen avbokning', 'Sen:Sen avbokning']);

    // After the conference: one checked in, one not.
    await t.http
      .patch(`/api/conferences/${conference.id}/registrations/${came.id}/check-in`)
      .set('Authorization', committee)
      .send({ checkedIn: true })
      .expect(200);
    await t.dataSource.query(
      `UPDATE conferences SET starts_at = now() - interval '2 days', ends_at = now() - interval '1 day' WHERE id = $1`,
      [conference.id],
    );
    expect(await names()).toEqual(['Borta:Uteblev', 'Kom:Bekräftad', 'Reserv:Sen avbokning', 'Sen:Sen avbokning']);
    await setFees(conference.id, { ...prices(100_000), lateCancellation: { invoicedAfter: null, noShowInvoiced: false } });
    expect(await names()).toEqual(['Kom:Bekräftad']);
    expect(absent.status).toBe('confirmed');
  });

  it('copies prices and the rule into a copied conference, the rule’s time moved with the dates', async () => {
    const from = await createConference(t, committee, { startsAt: '2031-05-01T09:00:00+02:00', endsAt: '2031-05-02T16:00:00+02:00' });
    await setFees(from.id, {
      ...prices(80_000, 40_000),
      lateCancellation: { invoicedAfter: '2031-04-30T12:00:00Z', noShowInvoiced: false },
    });
    // Copied through the staff route, a week later.
    const to = (
      await t.http
        .post(`/api/conferences/${from.id}/copy`)
        .set('Authorization', committee)
        .send({ startsAt: '2031-05-08T09:00:00+02:00' })
        .expect(201)
    ).body as { id: string };
    const copied = (await t.http.get(`/api/conferences/${to.id}/fees`).set('Authorization', committee).expect(200))
      .body as ConferenceFeesResponse;
    expect(copied.prices.filter((p) => p.amountOre > 0)).toEqual([
      { organisationType: 'municipality', member: false, amountOre: 80_000 },
      { organisationType: 'municipality', member: true, amountOre: 40_000 },
    ]);
    expect(copied.lateCancellation).toEqual({ invoicedAfter: '2031-05-07T14:00:00+02:00', noShowInvoiced: false });
  });

  it('lets only staff set prices and read the invoice basis; drafts are not quoted to the public', async () => {
    const conference = await createConference(t, committee);
    await t.http.get(`/api/conferences/${conference.id}/fees`).expect(401);
    await t.http.put(`/api/conferences/${conference.id}/fees`).set('Authorization', council).send(prices(1)).expect(403);
    await t.http.get(`/api/conferences/${conference.id}/invoice-basis.csv`).set('Authorization', council).expect(403);
    await t.http.get(`/api/conferences/${conference.id}/invoice-basis.xlsx`).expect(401);
    await t.http.get(`/api/conferences/00000000-0000-4000-8000-000000000000/fees`).set('Authorization', committee).expect(404);
    await t.http.get(`/api/conferences/00000000-0000-4000-8000-000000000000/invoice-basis.csv`).set('Authorization', committee).expect(404);
    const draft = await createConference(t, committee, {}, false);
    await t.http.get(`/api/conferences/${draft.id}/fees/quote?organisationType=municipality`).expect(404);
    await t.http.get(`/api/conferences/${draft.id}/fees/quote?organisationType=municipality`).set('Authorization', committee).expect(200);
  });
});
