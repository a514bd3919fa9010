import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { messagingTestProviders } from '../testing/fixtures';
import { MessagingApi } from './messaging-api';

describe('MessagingApi', () => {
  let api: MessagingApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: messagingTestProviders() });
    api = TestBed.inject(MessagingApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const request = { subjectSv: 'Hej {förnamn}', bodySv: 'Välkommen', filter: { status: 'confirmed' as const } };

  it('previews as a dry run and sends as the real thing, to the same route', () => {
    api.preview('c-1', request).subscribe();
    const dry = http.expectOne('/api/conferences/c-1/messages');
    expect(dry.request.method).toBe('POST');
    expect(dry.request.body).toEqual({ ...request, dryRun: true });
    dry.flush({ recipients: 0, preview: null });
    api.send('c-1', request).subscribe();
    expect(http.expectOne('/api/conferences/c-1/messages').request.body.dryRun).toBe(false);
  });

  it('reads and replaces reminders, and reads a person messages by their manage link', () => {
    api.saveReminders('c-1', { reminders: [{ daysBefore: 7, textSv: 'En vecka kvar' }] }).subscribe();
    const put = http.expectOne('/api/conferences/c-1/reminders');
    expect(put.request.method).toBe('PUT');
    put.flush([]);
    api.mine('a/b').subscribe();
    http.expectOne('/api/registrations/a%2Fb/messages').flush([]);
  });
});
