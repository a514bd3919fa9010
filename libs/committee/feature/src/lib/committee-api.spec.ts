import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ProposalSummaryResponse } from '@samverkan/proposals/contract';
import { firstValueFrom } from 'rxjs';
import { aMeeting, committeeTestProviders } from '../testing/fixtures';
import { CommitteeApi } from './committee-api';

describe('CommitteeApi', () => {
  let api: CommitteeApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: committeeTestProviders() });
    api = TestBed.inject(CommitteeApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('calls each meeting route with the contract body', async () => {
    const cases: [() => Promise<unknown>, string, string, unknown][] = [
      [() => firstValueFrom(api.meeting('m-1')), 'GET', '/api/meetings/m-1', null],
      [() => firstValueFrom(api.meetingsCalendarLink()), 'GET', '/api/calendar/me/meetings', null],
      [() => firstValueFrom(api.meetingsCalendarLink(true)), 'POST', '/api/calendar/me/meetings/rotate', null],
      [
        () => firstValueFrom(api.update('m-1', { minutesApproverId: 'u-ada' })),
        'PATCH',
        '/api/meetings/m-1',
        { minutesApproverId: 'u-ada' },
      ],
      [
        () => firstValueFrom(api.addItem('m-1', { kind: 'proposal', proposalId: 'p-1' })),
        'POST',
        '/api/meetings/m-1/items',
        { kind: 'proposal', proposalId: 'p-1' },
      ],
      [
        () => firstValueFrom(api.addItem('m-1', { kind: 'other', title: 'Budget' })),
        'POST',
        '/api/meetings/m-1/items',
        { kind: 'other', title: 'Budget' },
      ],
      [() => firstValueFrom(api.removeItem('m-1', 'i-5')), 'DELETE', '/api/meetings/m-1/items/i-5', null],
      [() => firstValueFrom(api.reorder('m-1', ['i-2', 'i-1'])), 'PUT', '/api/meetings/m-1/items/order', { itemIds: ['i-2', 'i-1'] }],
      [() => firstValueFrom(api.attendance('m-1', ['u-ada'])), 'PUT', '/api/meetings/m-1/attendance', { presentUserIds: ['u-ada'] }],
      [
        () => firstValueFrom(api.decide('m-1', 'i-4', { outcome: 'accept', motivation: 'Bra' })),
        'POST',
        '/api/meetings/m-1/items/i-4/decision',
        { outcome: 'accept', motivation: 'Bra' },
      ],
      [() => firstValueFrom(api.sendNotice('m-1')), 'POST', '/api/meetings/m-1/notice', null],
      [() => firstValueFrom(api.approveMinutes('m-1')), 'POST', '/api/meetings/m-1/minutes/approve', null],
    ];
    for (const [call, method, url, body] of cases) {
      const result = call();
      const request = http.expectOne(url);
      expect([url, request.request.method, request.request.body]).toEqual([url, method, body]);
      request.flush(aMeeting());
      await expect(result).resolves.toEqual(aMeeting());
    }
  });

  it('lists meetings, creates one, and reads and closes action items', async () => {
    const people = firstValueFrom(api.people());
    http.expectOne({ method: 'GET', url: '/api/committee/people' }).flush([{ id: 'u-1', name: 'Ulla', organisation: null }]);
    await expect(people).resolves.toEqual([{ id: 'u-1', name: 'Ulla', organisation: null }]);

    const list = firstValueFrom(api.meetings());
    http.expectOne({ method: 'GET', url: '/api/meetings' }).flush([]);
    await expect(list).resolves.toEqual([]);

    const created = firstValueFrom(api.create({ title: 'Möte', startsAt: '2027-03-02T09:00:00+01:00', participantIds: [] }));
    const post = http.expectOne({ method: 'POST', url: '/api/meetings' });
    expect(post.request.body).toEqual({ title: 'Möte', startsAt: '2027-03-02T09:00:00+01:00', participantIds: [] });
    post.flush(aMeeting());
    await created;

    const open = firstValueFrom(api.actionItems('open'));
    const get = http.expectOne((req) => req.url === '/api/action-items');
    expect(get.request.params.get('status')).toBe('open');
    get.flush([]);
    await open;

    const closed = firstValueFrom(api.setActionItemStatus('a-1', 'closed'));
    const patch = http.expectOne({ method: 'PATCH', url: '/api/action-items/a-1' });
    expect(patch.request.body).toEqual({ status: 'closed' });
    patch.flush({ id: 'a-1', status: 'closed' });
    await closed;
  });

  it('gathers the proposals waiting for a decision from both states, sorted by title', async () => {
    const summary = (id: string, title: string, state: ProposalSummaryResponse['state']) =>
      ({ id, title, state }) as ProposalSummaryResponse;
    const result = firstValueFrom(api.decidableProposals());
    const requests = http.match((req) => req.url === '/api/proposals');
    expect(requests.map((r) => [r.request.params.get('state'), r.request.params.get('limit')])).toEqual([
      ['submitted', '500'],
      ['in-review', '500'],
    ]);
    requests[0].flush({ items: [summary('p-2', 'Öppna data', 'submitted')], total: 1 });
    requests[1].flush({ items: [summary('p-1', 'Elnätet', 'in-review')], total: 1 });
    expect((await result).map((p) => p.id)).toEqual(['p-1', 'p-2']);
  });
});
