import { can, type Capability, type Role } from '@samverkan/identity/contract';
import { createConference, registrationBody } from './support/factories';
import { createTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * Every route of the OpenAPI document × anonymous and each role, with the status each must get:
 * 401 (not signed in), 403 (wrong role), 404 (an object that caller may not know exists), or 'ok' —
 * let through: 2xx for reads; for writes anything but 401/403/5xx (an empty body mostly meets 400).
 * A route missing here fails the first test, so a new route cannot ship without its row.
 */
type Who = 'anonymous' | 'programme-council' | 'working-committee' | 'admin';
type Expected = 401 | 403 | 404 | 'ok';
type Expectations = Record<Who, Expected>;
const WHO: Who[] = ['anonymous', 'programme-council', 'working-committee', 'admin'];

const everyone: Expectations = { anonymous: 'ok', 'programme-council': 'ok', 'working-committee': 'ok', admin: 'ok' };
const signedIn: Expectations = { ...everyone, anonymous: 401 };
const ROLE_NAMES = WHO.filter((who): who is Role => who !== 'anonymous');

/** Signed in with a capability (read from the role table): 401 signed out, 403 without it. */
function needs(capability: Capability): Expectations {
  return Object.fromEntries([
    ['anonymous', 401],
    ...ROLE_NAMES.map((role) => [role, can([role], capability) ? 'ok' : 403]),
  ]) as Expectations;
}

/** Objects only holders of a capability may know exist (drafts, meetings): everyone else gets 404. */
function seenBy(capability: Capability): Expectations {
  return Object.fromEntries([
    ['anonymous', 404],
    ...ROLE_NAMES.map((role) => [role, can([role], capability) ? 'ok' : 404]),
  ]) as Expectations;
}

const proposalUsers: Expectations = needs('proposals.read');
const proposalWriters: Expectations = needs('proposals.write');
/** Only the proposer changes a proposal: an administrator may see someone's draft but not edit it. */
const proposer: Expectations = { ...proposalWriters, admin: 403 };
const nobodySees: Expectations = { anonymous: 404, 'programme-council': 404, 'working-committee': 404, admin: 404 };

interface Fixtures {
  published: string;
  publishedSlug: string;
  draft: string;
  draftSlug: string;
  room: string;
  theme: string;
  item: string;
  unpublishedItem: string;
  proposal: string;
  draftProposal: string;
  meeting: string;
  lockedMeeting: string;
  meetingItem: string;
  /** A file attached to meetingItem. */
  document: string;
  registration: string;
  manageToken: string;
  groupToken: string;
  groupMember: string;
  calendarToken: string;
  meetingFeedToken: string;
  user: string;
  organisation: string;
  /** A member organisation (members' engagement). */
  member: string;
  call: string;
  laterCall: string;
  callSubmission: string;
  speaker: string;
  speakerToken: string;
  strategy: string;
  strategyDraft: string;
}

const NONE = '00000000-0000-4000-8000-000000000000';

interface Row {
  route: string;
  path: (f: Fixtures) => string;
  expect: Expectations;
  /** 0 reads, 1 writes, 2 and 3 destructive writes, 4 sign-out: so no case changes what a later one needs. */
  phase?: number;
}

const rows: Row[] = [
  // Platform and identity
  { route: 'GET /api/health', path: () => '/api/health', expect: everyone },
  { route: 'POST /api/auth/login', path: () => '/api/auth/login', expect: everyone },
  { route: 'GET /api/auth/me', path: () => '/api/auth/me', expect: signedIn },
  { route: 'POST /api/auth/password-reset', path: () => '/api/auth/password-reset', expect: everyone },
  { route: 'POST /api/auth/password-reset/confirm', path: () => '/api/auth/password-reset/confirm', expect: everyone },
  { route: 'POST /api/auth/password', path: () => '/api/auth/password', expect: signedIn },
  { route: 'POST /api/auth/logout', path: () => '/api/auth/logout', expect: signedIn, phase: 4 },
  { route: 'GET /api/users', path: () => '/api/users', expect: needs('users.manage') },
  { route: 'POST /api/users', path: () => '/api/users', expect: needs('users.manage') },
  { route: 'GET /api/users/{id}', path: (f) => `/api/users/${f.user}`, expect: needs('users.manage') },
  { route: 'PATCH /api/users/{id}', path: (f) => `/api/users/${f.user}`, expect: needs('users.manage') },
  { route: 'GET /api/organisations', path: () => '/api/organisations', expect: needs('organisations.read') },
  { route: 'POST /api/organisations', path: () => '/api/organisations', expect: needs('organisations.manage') },
  { route: 'PATCH /api/organisations/{id}', path: (f) => `/api/organisations/${f.organisation}`, expect: needs('organisations.manage') },
  { route: 'GET /api/outbox', path: () => '/api/outbox', expect: needs('outbox.read') },
  // Strategy and coverage
  { route: 'GET /api/focus-areas', path: () => '/api/focus-areas', expect: everyone },
  { route: 'GET /api/strategies', path: () => '/api/strategies', expect: everyone },
  { route: 'POST /api/strategies', path: () => '/api/strategies', expect: needs('strategy.draft') },
  { route: 'GET /api/strategies/{id}', path: (f) => `/api/strategies/${f.strategy}`, expect: everyone },
  { route: 'GET /api/strategies/current', path: () => '/api/strategies/current', expect: everyone },
  { route: 'GET /api/strategies/current.pdf', path: () => '/api/strategies/current.pdf', expect: everyone },
  { route: 'GET /api/strategies/{id}', path: (f) => `/api/strategies/${f.strategyDraft}`, expect: seenBy('strategy.read-drafts') },
  { route: 'GET /api/strategies/{id}/diff', path: (f) => `/api/strategies/${f.strategy}/diff?against=${f.strategy}`, expect: everyone },
  {
    route: 'GET /api/strategies/{id}/diff',
    path: (f) => `/api/strategies/${f.strategyDraft}/diff?against=${f.strategy}`,
    expect: seenBy('strategy.read-drafts'),
  },
  // Writes on an unknown version: 404 for those allowed, so no case changes the strategy.
  { route: 'PUT /api/strategies/{id}/content', path: () => `/api/strategies/${NONE}/content`, expect: needs('strategy.draft') },
  { route: 'PUT /api/strategies/{id}/mapping', path: () => `/api/strategies/${NONE}/mapping`, expect: needs('strategy.draft') },
  { route: 'POST /api/strategies/{id}/import', path: () => `/api/strategies/${NONE}/import`, expect: needs('strategy.draft') },
  { route: 'POST /api/strategies/{id}/consultation', path: () => `/api/strategies/${NONE}/consultation`, expect: needs('strategy.draft') },
  { route: 'POST /api/strategies/{id}/withdraw', path: () => `/api/strategies/${NONE}/withdraw`, expect: needs('strategy.draft') },
  {
    route: 'GET /api/strategies/{id}/consultation',
    path: (f) => `/api/strategies/${f.strategyDraft}/consultation`,
    expect: needs('strategy.read-drafts'),
  },
  {
    route: 'POST /api/strategies/{id}/positions/{positionId}/comments',
    path: () => `/api/strategies/${NONE}/positions/${NONE}/comments`,
    expect: needs('strategy.comment'),
  },
  {
    route: 'DELETE /api/strategies/{id}/comments/{commentId}',
    path: () => `/api/strategies/${NONE}/comments/${NONE}`,
    expect: needs('strategy.comment'),
  },
  {
    route: 'POST /api/strategies/{id}/positions/{positionId}/wording-proposals',
    path: () => `/api/strategies/${NONE}/positions/${NONE}/wording-proposals`,
    expect: needs('strategy.comment'),
  },
  {
    route: 'POST /api/strategies/{id}/wording-proposals/{proposalId}/decision',
    path: () => `/api/strategies/${NONE}/wording-proposals/${NONE}/decision`,
    expect: needs('strategy.draft'),
  },
  {
    route: 'GET /api/strategies/{id}/evidence',
    path: (f) => `/api/strategies/${f.strategyDraft}/evidence?focusArea=skills`,
    expect: needs('strategy.read-drafts'),
  },
  {
    route: 'GET /api/strategies/{id}/suggestions',
    path: (f) => `/api/strategies/${f.strategyDraft}/suggestions`,
    expect: needs('strategy.read-drafts'),
  },
  { route: 'GET /api/strategies/{id}/citations', path: (f) => `/api/strategies/${f.strategy}/citations`, expect: everyone },
  {
    route: 'GET /api/strategies/{id}/citations',
    path: (f) => `/api/strategies/${f.strategyDraft}/citations`,
    expect: seenBy('strategy.read-drafts'),
  },
  // Citations of an unknown version: 404 for those allowed, so no case changes the draft.
  { route: 'POST /api/strategies/{id}/citations', path: () => `/api/strategies/${NONE}/citations`, expect: needs('strategy.draft') },
  {
    route: 'DELETE /api/strategies/{id}/citations/{citationId}',
    path: () => `/api/strategies/${NONE}/citations/${NONE}`,
    expect: needs('strategy.draft'),
  },
  { route: 'GET /api/reports/focus-area-coverage', path: () => '/api/reports/focus-area-coverage', expect: needs('coverage.read') },
  {
    route: 'GET /api/reports/focus-area-coverage/items',
    path: () => '/api/reports/focus-area-coverage/items?focusArea=skills',
    expect: needs('coverage.read'),
  },
  {
    route: 'GET /api/reports/focus-area-coverage/export.csv',
    path: () => '/api/reports/focus-area-coverage/export.csv',
    expect: needs('coverage.read'),
  },
  {
    route: 'GET /api/reports/focus-area-coverage/export.xlsx',
    path: () => '/api/reports/focus-area-coverage/export.xlsx',
    expect: needs('coverage.read'),
  },
  {
    route: 'POST /api/reports/focus-area-coverage/history-import',
    path: () => '/api/reports/focus-area-coverage/history-import',
    expect: needs('coverage.read'),
  },
  // Members' engagement and the annual summary
  { route: 'GET /api/engagement/members', path: () => '/api/engagement/members', expect: needs('engagement.view') },
  { route: 'GET /api/engagement/members.csv', path: () => '/api/engagement/members.csv', expect: needs('engagement.view') },
  { route: 'GET /api/engagement/participation.csv', path: () => '/api/engagement/participation.csv', expect: needs('engagement.view') },
  { route: 'GET /api/engagement/inactive', path: () => '/api/engagement/inactive', expect: needs('engagement.view') },
  {
    route: 'GET /api/engagement/members/{organisationId}',
    path: (f) => `/api/engagement/members/${f.member}`,
    expect: needs('engagement.view'),
  },
  {
    route: 'GET /api/annual-summary/{year}.pdf',
    path: () => `/api/annual-summary/${new Date().getUTCFullYear() - 1}.pdf`,
    expect: needs('engagement.view'),
  },
  {
    route: 'GET /api/annual-summary/{year}.xlsx',
    path: () => `/api/annual-summary/${new Date().getUTCFullYear() - 1}.xlsx`,
    expect: needs('engagement.view'),
  },
  // Conferences
  { route: 'GET /api/conferences', path: () => '/api/conferences', expect: everyone },
  { route: 'POST /api/conferences', path: () => '/api/conferences', expect: needs('conferences.manage') },
  { route: 'GET /api/conferences/{id}', path: (f) => `/api/conferences/${f.published}`, expect: everyone },
  { route: 'GET /api/conferences/{id}', path: (f) => `/api/conferences/${f.draft}`, expect: seenBy('conferences.manage') },
  { route: 'GET /api/conferences/by-slug/{slug}', path: (f) => `/api/conferences/by-slug/${f.publishedSlug}`, expect: everyone },
  {
    route: 'GET /api/conferences/by-slug/{slug}',
    path: (f) => `/api/conferences/by-slug/${f.draftSlug}`,
    expect: seenBy('conferences.manage'),
  },
  { route: 'PATCH /api/conferences/{id}', path: (f) => `/api/conferences/${f.published}`, expect: needs('conferences.manage') },
  {
    route: 'POST /api/conferences/{id}/publish',
    path: (f) => `/api/conferences/${f.published}/publish`,
    expect: needs('conferences.manage'),
  },
  {
    route: 'POST /api/conferences/{id}/status',
    path: (f) => `/api/conferences/${f.published}/status`,
    expect: needs('conferences.manage'),
  },
  { route: 'POST /api/conferences/{id}/copy', path: (f) => `/api/conferences/${f.published}/copy`, expect: needs('conferences.manage') },
  {
    route: 'POST /api/conferences/{id}/themes',
    path: (f) => `/api/conferences/${f.published}/themes`,
    expect: needs('conferences.manage'),
  },
  {
    route: 'PATCH /api/conferences/{id}/themes/{themeId}',
    path: (f) => `/api/conferences/${f.published}/themes/${f.theme}`,
    expect: needs('conferences.manage'),
  },
  {
    route: 'DELETE /api/conferences/{id}/themes/{themeId}',
    path: (f) => `/api/conferences/${f.published}/themes/${f.theme}`,
    expect: needs('conferences.manage'),
    phase: 2,
  },
  { route: 'GET /api/conferences/{id}/lineage', path: (f) => `/api/conferences/${f.published}/lineage`, expect: everyone },
  { route: 'GET /api/conferences/{id}/lineage', path: (f) => `/api/conferences/${f.draft}/lineage`, expect: seenBy('conferences.manage') },
  // Registrations
  { route: 'POST /api/conferences/{id}/registrations', path: (f) => `/api/conferences/${f.published}/registrations`, expect: everyone },
  {
    route: 'GET /api/conferences/{id}/registrations',
    path: (f) => `/api/conferences/${f.published}/registrations`,
    expect: needs('registrations.manage'),
  },
  { route: 'GET /api/conferences/{id}/questions', path: (f) => `/api/conferences/${f.published}/questions`, expect: everyone },
  {
    route: 'GET /api/conferences/{id}/questions',
    path: (f) => `/api/conferences/${f.draft}/questions`,
    expect: seenBy('conferences.manage'),
  },
  {
    route: 'PUT /api/conferences/{id}/questions',
    path: (f) => `/api/conferences/${f.draft}/questions`,
    expect: needs('conferences.manage'),
  },
  {
    route: 'GET /api/conferences/{id}/registrations/export.csv',
    path: (f) => `/api/conferences/${f.published}/registrations/export.csv`,
    expect: needs('registrations.manage'),
  },
  {
    route: 'GET /api/conferences/{id}/registrations/export.xlsx',
    path: (f) => `/api/conferences/${f.published}/registrations/export.xlsx`,
    expect: needs('registrations.manage'),
  },
  {
    route: 'PATCH /api/conferences/{id}/registrations/{registrationId}/check-in',
    path: (f) => `/api/conferences/${f.published}/registrations/${f.registration}/check-in`,
    expect: needs('registrations.manage'),
  },
  {
    route: 'POST /api/conferences/{id}/registrations/{registrationId}/waitlist-position',
    path: (f) => `/api/conferences/${f.published}/registrations/${f.registration}/waitlist-position`,
    expect: needs('registrations.manage'),
  },
  { route: 'GET /api/registrations/{token}', path: (f) => `/api/registrations/${f.manageToken}`, expect: everyone },
  { route: 'GET /api/registrations/{token}', path: () => `/api/registrations/${'x'.repeat(43)}`, expect: nobodySees },
  { route: 'PATCH /api/registrations/{token}', path: (f) => `/api/registrations/${f.manageToken}`, expect: everyone },
  { route: 'GET /api/registrations/{token}/export', path: (f) => `/api/registrations/${f.manageToken}/export`, expect: everyone },
  { route: 'GET /api/registrations/{token}/sessions', path: (f) => `/api/registrations/${f.manageToken}/sessions`, expect: everyone },
  // Attendance: printouts for staff, the certificate and the directory through the manage link (the
  // fixture's registration is checked in and shown on the attendee list).
  {
    route: 'GET /api/conferences/{id}/badges.pdf',
    path: (f) => `/api/conferences/${f.published}/badges.pdf`,
    expect: needs('registrations.manage'),
  },
  {
    route: 'GET /api/conferences/{id}/attendees.pdf',
    path: (f) => `/api/conferences/${f.published}/attendees.pdf`,
    expect: needs('registrations.manage'),
  },
  {
    route: 'GET /api/registrations/{token}/certificate.pdf',
    path: (f) => `/api/registrations/${f.manageToken}/certificate.pdf`,
    expect: everyone,
  },
  {
    route: 'GET /api/registrations/{token}/certificate.pdf',
    path: () => `/api/registrations/${'x'.repeat(43)}/certificate.pdf`,
    expect: nobodySees,
  },
  { route: 'GET /api/registrations/{token}/attendees', path: (f) => `/api/registrations/${f.manageToken}/attendees`, expect: everyone },
  { route: 'GET /api/registrations/{token}/attendees', path: () => `/api/registrations/${'x'.repeat(43)}/attendees`, expect: nobodySees },
  { route: 'POST /api/registrations/{token}/sessions', path: (f) => `/api/registrations/${f.manageToken}/sessions`, expect: everyone },
  {
    route: 'DELETE /api/registrations/{token}/sessions/{agendaItemId}',
    path: (f) => `/api/registrations/${f.manageToken}/sessions/${f.item}`,
    expect: everyone,
    phase: 2,
  },
  {
    route: 'POST /api/registrations/{token}/calendar-token',
    path: (f) => `/api/registrations/${f.manageToken}/calendar-token`,
    expect: everyone,
    phase: 2,
  },
  // Evaluation
  { route: 'GET /api/registrations/{token}/evaluation', path: (f) => `/api/registrations/${f.manageToken}/evaluation`, expect: everyone },
  { route: 'GET /api/registrations/{token}/evaluation', path: () => `/api/registrations/${'x'.repeat(43)}/evaluation`, expect: nobodySees },
  { route: 'PUT /api/registrations/{token}/evaluation', path: (f) => `/api/registrations/${f.manageToken}/evaluation`, expect: everyone },
  {
    route: 'GET /api/conferences/{id}/evaluation',
    path: (f) => `/api/conferences/${f.published}/evaluation`,
    expect: needs('evaluation.read'),
  },
  {
    route: 'PUT /api/conferences/{id}/evaluation/settings',
    path: (f) => `/api/conferences/${f.published}/evaluation/settings`,
    expect: needs('conferences.manage'),
  },
  {
    route: 'POST /api/conferences/{id}/evaluation/invitations',
    path: (f) => `/api/conferences/${f.published}/evaluation/invitations`,
    expect: needs('conferences.manage'),
  },
  { route: 'GET /api/registrations/{token}/messages', path: (f) => `/api/registrations/${f.manageToken}/messages`, expect: everyone },
  { route: 'GET /api/registrations/{token}/messages', path: () => `/api/registrations/${'x'.repeat(43)}/messages`, expect: nobodySees },
  // Fees and the invoice basis
  { route: 'GET /api/conferences/{id}/fees', path: (f) => `/api/conferences/${f.published}/fees`, expect: needs('conferences.manage') },
  { route: 'PUT /api/conferences/{id}/fees', path: (f) => `/api/conferences/${f.published}/fees`, expect: needs('conferences.manage') },
  {
    route: 'GET /api/conferences/{id}/fees/quote',
    path: (f) => `/api/conferences/${f.published}/fees/quote?organisationType=municipality`,
    expect: everyone,
  },
  {
    route: 'GET /api/conferences/{id}/fees/quote',
    path: (f) => `/api/conferences/${f.draft}/fees/quote?organisationType=municipality`,
    expect: seenBy('conferences.manage'),
  },
  {
    route: 'GET /api/conferences/{id}/invoice-basis.csv',
    path: (f) => `/api/conferences/${f.published}/invoice-basis.csv`,
    expect: needs('registrations.manage'),
  },
  {
    route: 'GET /api/conferences/{id}/invoice-basis.xlsx',
    path: (f) => `/api/conferences/${f.published}/invoice-basis.xlsx`,
    expect: needs('registrations.manage'),
  },
  // Messaging
  { route: 'POST /api/conferences/{id}/messages', path: (f) => `/api/conferences/${f.published}/messages`, expect: needs('messages.send') },
  { route: 'GET /api/conferences/{id}/messages', path: (f) => `/api/conferences/${f.published}/messages`, expect: needs('messages.send') },
  {
    route: 'GET /api/conferences/{id}/reminders',
    path: (f) => `/api/conferences/${f.published}/reminders`,
    expect: needs('messages.send'),
  },
  {
    route: 'PUT /api/conferences/{id}/reminders',
    path: (f) => `/api/conferences/${f.published}/reminders`,
    expect: needs('messages.send'),
  },
  // Group registration: the group link is the key.
  {
    route: 'POST /api/conferences/{id}/group-registrations',
    path: (f) => `/api/conferences/${f.published}/group-registrations`,
    expect: everyone,
  },
  { route: 'GET /api/registration-groups/{groupToken}', path: (f) => `/api/registration-groups/${f.groupToken}`, expect: everyone },
  { route: 'GET /api/registration-groups/{groupToken}', path: () => `/api/registration-groups/${'x'.repeat(43)}`, expect: nobodySees },
  {
    route: 'POST /api/registration-groups/{groupToken}/members',
    path: (f) => `/api/registration-groups/${f.groupToken}/members`,
    expect: everyone,
  },
  {
    route: 'DELETE /api/registration-groups/{groupToken}/members/{registrationId}',
    path: (f) => `/api/registration-groups/${f.groupToken}/members/${f.groupMember}`,
    expect: everyone,
    phase: 2,
  },
  {
    route: 'DELETE /api/registration-groups/{groupToken}/members/{registrationId}',
    path: (f) => `/api/registration-groups/${'x'.repeat(43)}/members/${f.groupMember}`,
    expect: nobodySees,
  },
  { route: 'POST /api/registrations/{token}/erase', path: (f) => `/api/registrations/${f.manageToken}/erase`, expect: everyone, phase: 3 },
  { route: 'DELETE /api/registrations/{token}', path: (f) => `/api/registrations/${f.manageToken}`, expect: everyone, phase: 2 },
  // Agenda
  // Attendance: check-in at the door
  {
    route: 'POST /api/conferences/{id}/check-ins',
    path: (f) => `/api/conferences/${f.published}/check-ins`,
    expect: needs('attendance.check-in'),
  },
  {
    route: 'GET /api/conferences/{id}/check-ins/search',
    path: (f) => `/api/conferences/${f.published}/check-ins/search?q=matrix`,
    expect: needs('attendance.check-in'),
  },
  {
    route: 'GET /api/conferences/{id}/check-ins/summary',
    path: (f) => `/api/conferences/${f.published}/check-ins/summary`,
    expect: needs('attendance.check-in'),
  },
  {
    route: 'PUT /api/conferences/{id}/check-ins/{registrationId}',
    path: (f) => `/api/conferences/${f.published}/check-ins/${f.registration}`,
    expect: needs('attendance.check-in'),
  },
  {
    route: 'DELETE /api/conferences/{id}/check-ins/{registrationId}',
    path: (f) => `/api/conferences/${f.published}/check-ins/${f.registration}`,
    expect: needs('attendance.check-in'),
  },
  { route: 'GET /api/conferences/{id}/rooms', path: (f) => `/api/conferences/${f.published}/rooms`, expect: needs('agenda.edit') },
  { route: 'POST /api/conferences/{id}/rooms', path: (f) => `/api/conferences/${f.published}/rooms`, expect: needs('agenda.edit') },
  {
    route: 'PATCH /api/conferences/{id}/rooms/{roomId}',
    path: (f) => `/api/conferences/${f.published}/rooms/${f.room}`,
    expect: needs('agenda.edit'),
  },
  {
    route: 'DELETE /api/conferences/{id}/rooms/{roomId}',
    path: (f) => `/api/conferences/${f.published}/rooms/${f.room}`,
    expect: needs('agenda.edit'),
    phase: 2,
  },
  { route: 'GET /api/conferences/{id}/agenda', path: (f) => `/api/conferences/${f.published}/agenda`, expect: needs('agenda.edit') },
  {
    route: 'POST /api/conferences/{id}/agenda/items',
    path: (f) => `/api/conferences/${f.published}/agenda/items`,
    expect: needs('agenda.edit'),
  },
  {
    route: 'GET /api/conferences/{id}/agenda/candidates',
    path: (f) => `/api/conferences/${f.published}/agenda/candidates`,
    expect: needs('agenda.edit'),
  },
  {
    route: 'POST /api/conferences/{id}/agenda/candidates/{proposalId}',
    path: (f) => `/api/conferences/${f.published}/agenda/candidates/${NONE}`,
    expect: needs('agenda.edit'),
  },
  {
    route: 'GET /api/conferences/{id}/agenda/coverage-preview',
    path: (f) => `/api/conferences/${f.published}/agenda/coverage-preview`,
    expect: needs('agenda.edit'),
  },
  {
    route: 'POST /api/conferences/{id}/agenda/publish',
    path: (f) => `/api/conferences/${f.published}/agenda/publish`,
    expect: needs('agenda.edit'),
  },
  { route: 'PATCH /api/agenda-items/{itemId}', path: (f) => `/api/agenda-items/${f.item}`, expect: needs('agenda.edit') },
  {
    route: 'DELETE /api/agenda-items/{itemId}',
    path: (f) => `/api/agenda-items/${f.unpublishedItem}`,
    expect: needs('agenda.edit'),
    phase: 2,
  },
  { route: 'GET /api/conferences/{id}/programme', path: (f) => `/api/conferences/${f.published}/programme`, expect: everyone },
  // A draft conference has no published programme yet, so even staff get 404 (the editor uses …/agenda).
  { route: 'GET /api/conferences/{id}/programme', path: (f) => `/api/conferences/${f.draft}/programme`, expect: nobodySees },
  {
    route: 'GET /api/conferences/{id}/programme/changes',
    path: (f) => `/api/conferences/${f.published}/programme/changes`,
    expect: everyone,
  },
  {
    route: 'GET /api/conferences/{id}/programme/changes',
    path: (f) => `/api/conferences/${f.draft}/programme/changes`,
    expect: seenBy('conferences.manage'),
  },
  {
    route: 'GET /api/conferences/{id}/programme/signups',
    path: (f) => `/api/conferences/${f.published}/programme/signups`,
    expect: everyone,
  },
  {
    route: 'GET /api/conferences/{id}/programme/signups',
    path: (f) => `/api/conferences/${f.draft}/programme/signups`,
    expect: seenBy('conferences.manage'),
  },
  { route: 'GET /api/agenda-items/{itemId}', path: (f) => `/api/agenda-items/${f.item}`, expect: everyone },
  // The speaker register and invitations
  { route: 'GET /api/speakers', path: () => '/api/speakers', expect: needs('agenda.edit') },
  { route: 'POST /api/speakers', path: () => '/api/speakers', expect: needs('agenda.edit') },
  { route: 'GET /api/speakers/{id}', path: (f) => `/api/speakers/${f.speaker}`, expect: needs('agenda.edit') },
  { route: 'PATCH /api/speakers/{id}', path: (f) => `/api/speakers/${f.speaker}`, expect: needs('agenda.edit') },
  { route: 'POST /api/speakers/{id}/merge', path: (f) => `/api/speakers/${f.speaker}/merge`, expect: needs('agenda.edit') },
  {
    route: 'POST /api/agenda-items/{itemId}/speakers/{speakerId}/invitation',
    path: (f) => `/api/agenda-items/${f.unpublishedItem}/speakers/${f.speaker}/invitation`,
    expect: needs('agenda.edit'),
  },
  { route: 'GET /api/speaker-invitations/{token}', path: (f) => `/api/speaker-invitations/${f.speakerToken}`, expect: everyone },
  { route: 'GET /api/speaker-invitations/{token}', path: () => `/api/speaker-invitations/${'x'.repeat(43)}`, expect: nobodySees },
  {
    route: 'POST /api/speaker-invitations/{token}/answer',
    path: (f) => `/api/speaker-invitations/${f.speakerToken}/answer`,
    expect: everyone,
  },
  { route: 'GET /api/agenda-items/{itemId}', path: (f) => `/api/agenda-items/${f.unpublishedItem}`, expect: nobodySees },
  // Calendars
  { route: 'GET /api/conferences/{id}/calendar.ics', path: (f) => `/api/conferences/${f.published}/calendar.ics`, expect: everyone },
  { route: 'GET /api/conferences/{id}/calendar.ics', path: (f) => `/api/conferences/${f.draft}/calendar.ics`, expect: nobodySees },
  { route: 'GET /api/agenda-items/{id}/calendar.ics', path: (f) => `/api/agenda-items/${f.item}/calendar.ics`, expect: everyone },
  {
    route: 'GET /api/agenda-items/{id}/calendar.ics',
    path: (f) => `/api/agenda-items/${f.unpublishedItem}/calendar.ics`,
    expect: nobodySees,
  },
  { route: 'GET /api/calendar/focus-areas/{file}', path: () => '/api/calendar/focus-areas/skills.ics', expect: everyone },
  { route: 'GET /api/calendar/registrations/{file}', path: (f) => `/api/calendar/registrations/${f.calendarToken}.ics`, expect: everyone },
  { route: 'GET /api/calendar/meetings/{file}', path: (f) => `/api/calendar/meetings/${f.meetingFeedToken}.ics`, expect: everyone },
  { route: 'GET /api/calendar/me/meetings', path: () => '/api/calendar/me/meetings', expect: needs('meetings.manage') },
  {
    route: 'POST /api/calendar/me/meetings/rotate',
    path: () => '/api/calendar/me/meetings/rotate',
    expect: needs('meetings.manage'),
    phase: 2,
  },
  // Proposals
  { route: 'GET /api/proposals', path: () => '/api/proposals', expect: proposalUsers },
  { route: 'POST /api/proposals', path: () => '/api/proposals', expect: proposalWriters },
  { route: 'GET /api/proposals/gaps', path: (f) => `/api/proposals/gaps?conferenceId=${f.published}`, expect: proposalUsers },
  { route: 'GET /api/proposals/{id}', path: (f) => `/api/proposals/${f.proposal}`, expect: { ...proposalUsers, anonymous: 404 } },
  {
    route: 'GET /api/proposals/{id}',
    path: (f) => `/api/proposals/${f.draftProposal}`,
    expect: { anonymous: 404, 'programme-council': 'ok', 'working-committee': 404, admin: 'ok' },
  },
  { route: 'PATCH /api/proposals/{id}', path: (f) => `/api/proposals/${f.draftProposal}`, expect: proposer },
  { route: 'POST /api/proposals/{id}/submit', path: (f) => `/api/proposals/${f.draftProposal}/submit`, expect: proposer, phase: 2 },
  {
    route: 'POST /api/proposals/{id}/withdraw',
    path: (f) => `/api/proposals/${f.draftProposal}/withdraw`,
    expect: proposer,
    phase: 2,
  },
  {
    route: 'GET /api/proposals/{id}/comments',
    path: (f) => `/api/proposals/${f.proposal}/comments`,
    expect: { ...proposalUsers, anonymous: 404 },
  },
  { route: 'POST /api/proposals/{id}/comments', path: (f) => `/api/proposals/${f.proposal}/comments`, expect: proposalUsers },
  {
    route: 'GET /api/proposals/{id}/reviews',
    path: (f) => `/api/proposals/${f.proposal}/reviews`,
    expect: { ...proposalUsers, anonymous: 404 },
  },
  {
    route: 'PUT /api/proposals/{id}/reviews/mine',
    path: (f) => `/api/proposals/${f.proposal}/reviews/mine`,
    expect: needs('proposals.review'),
  },
  {
    route: 'GET /api/proposals/{id}/audit',
    path: (f) => `/api/proposals/${f.proposal}/audit`,
    expect: { ...proposalUsers, anonymous: 404 },
  },
  // Open calls (proposals domain)
  { route: 'POST /api/conferences/{id}/calls', path: (f) => `/api/conferences/${f.published}/calls`, expect: needs('calls.manage') },
  { route: 'GET /api/conferences/{id}/calls', path: (f) => `/api/conferences/${f.published}/calls`, expect: needs('calls.review') },
  { route: 'GET /api/calls', path: () => '/api/calls', expect: needs('calls.review') },
  { route: 'GET /api/calls/{callId}', path: (f) => `/api/calls/${f.call}`, expect: everyone },
  {
    route: 'GET /api/calls/{callId}',
    path: (f) => `/api/calls/${f.laterCall}`,
    expect: { anonymous: 404, 'programme-council': 'ok', 'working-committee': 'ok', admin: 'ok' },
  },
  { route: 'PATCH /api/calls/{callId}', path: (f) => `/api/calls/${f.laterCall}`, expect: needs('calls.manage') },
  { route: 'POST /api/calls/{callId}/close', path: (f) => `/api/calls/${f.laterCall}/close`, expect: needs('calls.manage'), phase: 2 },
  { route: 'POST /api/calls/{callId}/submissions', path: (f) => `/api/calls/${f.call}/submissions`, expect: everyone },
  { route: 'POST /api/call-submissions/confirm', path: () => '/api/call-submissions/confirm', expect: everyone },
  { route: 'GET /api/calls/{callId}/submissions', path: (f) => `/api/calls/${f.call}/submissions`, expect: needs('calls.review') },
  {
    route: 'POST /api/call-submissions/{id}/decline',
    path: (f) => `/api/call-submissions/${f.callSubmission}/decline`,
    expect: needs('calls.review'),
  },
  {
    route: 'POST /api/call-submissions/{id}/accept',
    path: (f) => `/api/call-submissions/${f.callSubmission}/accept`,
    expect: needs('calls.review'),
    phase: 2,
  },
  // Committee
  { route: 'GET /api/committee/people', path: () => '/api/committee/people', expect: needs('meetings.manage') },
  { route: 'GET /api/meetings', path: () => '/api/meetings', expect: needs('meetings.manage') },
  { route: 'POST /api/meetings', path: () => '/api/meetings', expect: needs('meetings.manage') },
  { route: 'GET /api/meetings/{id}', path: (f) => `/api/meetings/${f.meeting}`, expect: seenBy('meetings.manage') },
  { route: 'PATCH /api/meetings/{id}', path: (f) => `/api/meetings/${f.meeting}`, expect: needs('meetings.manage') },
  { route: 'GET /api/meetings/{id}/audit', path: (f) => `/api/meetings/${f.meeting}/audit`, expect: seenBy('meetings.manage') },
  // The demo meeting's justerat minutes (a draft meeting's answer 422 to the committee too).
  {
    route: 'GET /api/meetings/{id}/minutes.pdf',
    path: (f) => `/api/meetings/${f.lockedMeeting}/minutes.pdf`,
    expect: seenBy('meetings.manage'),
  },
  { route: 'POST /api/meetings/{id}/items', path: (f) => `/api/meetings/${f.meeting}/items`, expect: needs('meetings.manage') },
  { route: 'PUT /api/meetings/{id}/items/order', path: (f) => `/api/meetings/${f.meeting}/items/order`, expect: needs('meetings.manage') },
  { route: 'PUT /api/meetings/{id}/attendance', path: (f) => `/api/meetings/${f.meeting}/attendance`, expect: needs('meetings.manage') },
  {
    route: 'POST /api/meetings/{id}/items/{itemId}/decision',
    path: (f) => `/api/meetings/${f.meeting}/items/${f.meetingItem}/decision`,
    expect: needs('meetings.manage'),
  },
  {
    route: 'DELETE /api/meetings/{id}/items/{itemId}',
    path: (f) => `/api/meetings/${f.meeting}/items/${f.meetingItem}`,
    expect: needs('meetings.manage'),
    phase: 2,
  },
  // Documents: public routes; the parent's policy decides (meeting items: meetings.manage, else 404).
  // POST with a JSON body is a 400 for everyone (not multipart); the permission cases are in documents.int-spec.
  { route: 'POST /api/documents', path: () => '/api/documents', expect: everyone },
  {
    route: 'GET /api/documents',
    path: (f) => `/api/documents?parentType=meeting-item&parentId=${f.meetingItem}`,
    expect: seenBy('meetings.manage'),
  },
  { route: 'GET /api/documents/{id}', path: (f) => `/api/documents/${f.document}`, expect: seenBy('meetings.manage') },
  {
    route: 'DELETE /api/documents/{id}',
    path: (f) => `/api/documents/${f.document}`,
    // The working committee, asked first of those allowed, deletes it: admin then finds nothing.
    expect: { anonymous: 404, 'programme-council': 404, 'working-committee': 'ok', admin: 404 },
  },
  { route: 'POST /api/meetings/{id}/notice', path: (f) => `/api/meetings/${f.meeting}/notice`, expect: needs('meetings.manage'), phase: 2 },
  {
    route: 'POST /api/meetings/{id}/minutes/approve',
    path: (f) => `/api/meetings/${f.meeting}/minutes/approve`,
    expect: needs('meetings.manage'),
    phase: 2,
  },
  { route: 'GET /api/action-items', path: () => '/api/action-items', expect: needs('meetings.manage') },
  { route: 'PATCH /api/action-items/{id}', path: () => `/api/action-items/${NONE}`, expect: needs('meetings.manage') },
];

describe('authorisation matrix', () => {
  let t: TestApp;
  let f: Fixtures;
  const bearer: Partial<Record<Who, string>> = {};

  beforeAll(async () => {
    t = await createTestApp();
    bearer['admin'] = await t.login(DEMO.admin);
    bearer['working-committee'] = await t.login(DEMO.committee);
    bearer['programme-council'] = await t.login(DEMO.council);
    const committee = bearer['working-committee'] as string;
    const as = (who: Who) => ({ Authorization: bearer[who] as string });
    const ok = <T>(res: { status: number; body: T }, what: string): T => {
      if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };

    const published = await createConference(t, committee, { capacity: 50 });
    const draft = await createConference(t, committee, {}, false);
    const room = ok(
      await t.http.post(`/api/conferences/${published.id}/rooms`).set(as('working-committee')).send({ name: 'Sal A', capacity: 40 }),
      'room',
    );
    const theme = ok(
      await t.http
        .post(`/api/conferences/${published.id}/themes`)
        .set(as('working-committee'))
        .send({ titleSv: 'Elnät', focusAreaCodes: ['infrastructure'] }),
      'theme',
    ) as { id: string };
    const start = new Date(published.startsAt);
    const hour = (h: number) => new Date(start.getTime() + h * 3_600_000).toISOString();
    const item = ok(
      await t.http
        .post(`/api/conferences/${published.id}/agenda/items`)
        .set(as('working-committee'))
        .send({
          titleSv: 'Workshop',
          type: 'workshop',
          startsAt: hour(1),
          endsAt: hour(2),
          roomId: room.id,
          signupRequired: true,
          signupCapacity: 20,
        }),
      'item',
    );
    ok(await t.http.post(`/api/conferences/${published.id}/agenda/publish`).set(as('working-committee')).send({}), 'publish');
    const unpublishedItem = ok(
      await t.http
        .post(`/api/conferences/${published.id}/agenda/items`)
        .set(as('working-committee'))
        .send({ titleSv: 'Utkast', type: 'seminar' }),
      'draft item',
    );
    const speaker = ok(
      await t.http.post('/api/speakers').set(as('working-committee')).send({ name: 'Matris Talare', email: 'matris.talare@example.se' }),
      'speaker',
    ) as { id: string };
    const linked = ok(
      await t.http
        .patch(`/api/agenda-items/${unpublishedItem.id}`)
        .set(as('working-committee'))
        .send({ version: unpublishedItem.version, speakerIds: [speaker.id] }),
      'speaker on item',
    ) as { id: string };
    ok(
      await t.http.post(`/api/agenda-items/${linked.id}/speakers/${speaker.id}/invitation`).set(as('working-committee')).send({}),
      'invitation',
    );
    const [invitationMail] = await t.dataSource.query(`SELECT text FROM outbox_messages WHERE "to" = 'matris.talare@example.se'`);
    const speakerToken = /\/talare\/([A-Za-z0-9_-]{43})/.exec(invitationMail.text)?.[1] as string;
    const registration = ok(
      await t.http.post(`/api/conferences/${published.id}/registrations`).send(registrationBody('matrix', { showOnAttendeeList: true })),
      'registration',
    );
    const group = ok(
      await t.http.post(`/api/conferences/${published.id}/group-registrations`).send({
        contact: { firstName: 'Kim', lastName: 'Kontakt', email: 'matrix-kontakt@kommun.se' },
        organisationName: 'Matriskommun',
        organisationType: 'municipality',
        consent: true,
        members: [{ firstName: 'Gun', lastName: 'Grupp', email: 'matrix-grupp@kommun.se' }],
      }),
      'group registration',
    );
    ok(
      await t.http
        .patch(`/api/conferences/${published.id}/registrations/${registration.id}/check-in`)
        .set(as('working-committee'))
        .send({ checkedIn: true }),
      'check-in',
    );
    const proposalBody = {
      kind: 'theme',
      title: 'Elnätet i industrikommunerna',
      summary: 'Hur räcker elen till nya industrier?',
      focusAreaCodes: ['infrastructure'],
    };
    const proposal = ok(await t.http.post('/api/proposals').set(as('programme-council')).send(proposalBody), 'proposal');
    ok(await t.http.post(`/api/proposals/${proposal.id}/submit`).set(as('programme-council')).send({}), 'submit');
    const draftProposal = ok(
      await t.http
        .post('/api/proposals')
        .set(as('programme-council'))
        .send({ ...proposalBody, title: 'Ett utkast' }),
      'draft proposal',
    );
    const meeting = ok(
      await t.http
        .post('/api/meetings')
        .set(as('working-committee'))
        .send({ title: 'Matrismöte', startsAt: hour(-240), participantIds: [] }),
      'meeting',
    );
    const meetingItem = ok(
      await t.http.post(`/api/meetings/${meeting.id}/items`).set(as('working-committee')).send({ kind: 'other', title: 'Övrigt' }),
      'meeting item',
    ).items.at(-1);
    const lockedMeeting = (
      ok(await t.http.get('/api/meetings').set(as('working-committee')), 'meetings') as { id: string; minutesStatus: string }[]
    ).find((m) => m.minutesStatus === 'locked') as { id: string };
    const document = ok(
      await t.http
        .post('/api/documents')
        .set(as('working-committee'))
        .field('parentType', 'meeting-item')
        .field('parentId', meetingItem.id)
        .attach('file', Buffer.from('Underlag\n'), { filename: 'underlag.txt', contentType: 'text/plain' }),
      'document',
    ) as { id: string };
    const feed = ok(await t.http.get('/api/calendar/me/meetings').set(as('working-committee')), 'meeting feed');
    const strategies = ok(await t.http.get('/api/strategies'), 'strategies') as { id: string; state: string }[];
    const strategyDraft = ok(
      await t.http.post('/api/strategies').set(as('working-committee')).send({ version: 'matris' }),
      'strategy draft',
    ) as { id: string };
    const users = ok(await t.http.get('/api/users').set(as('admin')), 'users') as { items: { id: string; email: string }[] };
    const organisations = ok(await t.http.get('/api/organisations').set(as('admin')), 'organisations') as
      | { id: string }[]
      | { items: { id: string }[] };
    const day = 86_400_000;
    const callBody = {
      titleSv: 'Matrisupprop',
      textSv: 'Skicka förslag till matriskonferensen.',
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 10 * day).toISOString(),
      focusAreaCodes: ['skills'],
    };
    const call = ok(await t.http.post(`/api/conferences/${published.id}/calls`).set(as('working-committee')).send(callBody), 'call');
    const laterCall = ok(
      await t.http
        .post(`/api/conferences/${published.id}/calls`)
        .set(as('working-committee'))
        .send({ ...callBody, opensAt: new Date(Date.now() + day).toISOString() }),
      'later call',
    );
    const submission = ok(
      await t.http.post(`/api/calls/${call.id}/submissions`).send({
        name: 'Matris Sökande',
        organisationName: 'Matriskommun',
        email: 'matris-upprop@kommun.se',
        title: 'Ett förslag',
        summary: 'Ett förslag till matrisens upprop.',
        focusAreaCodes: ['skills'],
      }),
      'call submission',
    );
    const [confirmMail] = await t.dataSource.query(`SELECT text FROM outbox_messages WHERE "to" = 'matris-upprop@kommun.se'`);
    const confirmToken = /\/upprop\/bekrafta\/([A-Za-z0-9_-]{43})/.exec(confirmMail.text)?.[1];
    ok(await t.http.post('/api/call-submissions/confirm').send({ token: confirmToken }), 'confirm call submission');
    f = {
      call: call.id,
      laterCall: laterCall.id,
      callSubmission: submission.submissionId,
      published: published.id,
      publishedSlug: published.slug!,
      draft: draft.id,
      draftSlug: draft.slug!,
      room: room.id,
      theme: theme.id,
      item: item.id,
      unpublishedItem: unpublishedItem.id,
      proposal: proposal.id,
      draftProposal: draftProposal.id,
      meeting: meeting.id,
      lockedMeeting: lockedMeeting.id,
      meetingItem: meetingItem.id,
      document: document.id,
      registration: registration.id,
      manageToken: registration.manageToken,
      groupToken: group.groupToken,
      groupMember: group.registrations[0].id,
      calendarToken: new URL(registration.calendarUrl).pathname.split('/').at(-1)?.replace('.ics', '') as string,
      meetingFeedToken: new URL(feed.url).pathname.split('/').at(-1)?.replace('.ics', '') as string,
      user: (users.items.find((u) => u.email === DEMO.council) as { id: string }).id,
      organisation: (Array.isArray(organisations) ? organisations : organisations.items)[0].id,
      member: ((await t.dataSource.query(`SELECT id FROM organisations WHERE member ORDER BY name LIMIT 1`)) as { id: string }[])[0].id,
      speaker: speaker.id,
      speakerToken,
      strategy: (strategies.find((s) => s.state === 'adopted') as { id: string }).id,
      strategyDraft: strategyDraft.id,
    };
  });
  afterAll(() => t?.close());

  it('has a row for every route in the OpenAPI document, and none for routes that are gone', async () => {
    const doc = (await t.http.get('/api/docs-json').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const covered = new Set(rows.map((r) => r.route));
    expect(documented.filter((r) => !covered.has(r)).sort()).toEqual([]);
    expect([...covered].filter((r) => !documented.includes(r)).sort()).toEqual([]);
  });

  const ordered = [...rows].sort(
    (a, b) => (a.phase ?? (a.route.startsWith('GET') ? 0 : 1)) - (b.phase ?? (b.route.startsWith('GET') ? 0 : 1)),
  );
  for (const [index, row] of ordered.entries()) {
    const [method] = row.route.split(' ');
    it(`${String(index + 1).padStart(3, '0')} ${row.route}`, async () => {
      const got: Partial<Record<Who, number>> = {};
      for (const who of WHO) {
        const path = row.path(f);
        let req =
          method === 'GET'
            ? t.http.get(path)
            : method === 'DELETE'
              ? t.http.delete(path)
              : t.http[method.toLowerCase() as 'post' | 'patch' | 'put'](path).send({});
        if (who !== 'anonymous') req = req.set('Authorization', bearer[who] as string);
        got[who] = (await req).status;
      }
      const matches = (who: Who) => {
        const want = row.expect[who];
        const status = got[who] as number;
        if (want !== 'ok') return status === want;
        return method === 'GET' ? status >= 200 && status < 300 : status < 500 && status !== 401 && status !== 403;
      };
      const report = Object.fromEntries(WHO.map((who) => [who, matches(who) ? 'as expected' : `got ${got[who]}, want ${row.expect[who]}`]));
      expect(report).toEqual(Object.fromEntries(WHO.map((who) => [who, 'as expected'])));
    });
  }
});
