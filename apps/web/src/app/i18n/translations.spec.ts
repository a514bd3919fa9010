import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadAgendaEn, loadAgendaSv } from '@samverkan/agenda/feature';
import { loadCommitteeEn, loadCommitteeSv } from '@samverkan/committee/feature';
import { CONFERENCE_STATUSES } from '@samverkan/conferences/contract';
import { conferencesSv, loadConferencesEn, loadConferencesPagesSv, loadConferencesStaffSv } from '@samverkan/conferences/feature';
import { identitySv, loadIdentityEn, loadIdentityPagesSv, loadIdentityStaffSv } from '@samverkan/identity/feature';
import { loadProposalsEn, loadProposalsSv } from '@samverkan/proposals/feature';
import { REGISTRATION_STATUSES } from '@samverkan/registrations/contract';
import { loadRegistrationsEn, loadRegistrationsPagesSv, loadRegistrationsStaffSv, registrationsSv } from '@samverkan/registrations/feature';
import { loadSharedEn, mergeDictionaries, sharedSv, validationSv, type Dictionary } from '@samverkan/shared/ui';
import { calendarLinksSv } from '@samverkan/shared/ui/calendar';
import { loadStrategyEn, strategySv } from '@samverkan/strategy/feature';
import { a11ySv } from './a11y-sv';
import { privacySv } from './privacy-sv';
import { appEn } from './en';
import { startSv } from './start-sv';
import { appSv } from './sv';

/**
 * Every text in the UI goes through a translation key. This checks, across the app and the
 * feature and UI libraries, that each key the templates and code use exists in both languages.
 */
const root = join(__dirname, '../../../../..');
const sourceDirs = [
  'apps/web/src/app',
  'libs/shared/ui/src',
  'libs/identity/feature/src',
  'libs/strategy/feature/src',
  'libs/conferences/feature/src',
  'libs/registrations/feature/src',
  'libs/proposals/feature/src',
  'libs/committee/feature/src',
  'libs/agenda/feature/src',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') && !path.includes('/i18n/') ? [path] : [];
  });
}

function keysIn(text: string): string[] {
  const patterns = [
    /'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'\s*\|\s*translate/g, // 'key.path' | translate
    /\(\s*[^()?]*\?\s*'([\w.-]+)'\s*:\s*'([\w.-]+)'\s*\)\s*\|\s*translate/g, // (cond ? 'a' : 'b') | translate
    /instant\(\s*'([\w.-]+)'/g, // translate.instant('key')
    /\btitle:\s*'([\w.-]+)'/g, // route titles
    /label="([\w-]+\.[\w.-]+)"/g, // <sv-loading-indicator label="key">
    // Keys held in code for later translation: { key: 'a.b' }, dialog texts, field legends and hints.
    /\b(?:key|title|message|detail|confirmLabel|legend|hint):\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g,
    // Any quoted key of the conference and registration pages, wherever it is written (nested ternaries too).
    /'((?:conferences|conferenceStatus|conferenceAdmin|registration|registrationStatus|manage|mySessions|attendees|outbox)\.[\w-]+(?:\.[\w-]+)*)'/g,
    // The same for the proposal and committee pages.
    /'((?:proposals|proposalState|proposalKind|proposalFormat|meetings|minutes|actionItems)\.[\w-]+(?:\.[\w-]+)*)'/g,
  ];
  return patterns.flatMap((pattern) => Array.from(text.matchAll(pattern)).flatMap((m) => m.slice(1).filter(Boolean)));
}

function lookup(dictionary: Dictionary, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], dictionary);
}

function leafKeys(dictionary: Dictionary, prefix = ''): string[] {
  return Object.entries(dictionary).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

describe('translations', () => {
  let sv: Dictionary;
  let en: Dictionary;

  beforeAll(async () => {
    sv = mergeDictionaries([
      sharedSv,
      calendarLinksSv, // merged by the calendar links component when it is first used
      validationSv, // merged by the field-error pipe when a form first shows an error
      identitySv,
      await loadIdentityPagesSv(), // the password-reset pages' Swedish texts load with those pages
      await loadIdentityStaffSv(), // the role homes', users' and organisations' too
      strategySv,
      conferencesSv,
      await loadConferencesPagesSv(), // the conference list and page's own Swedish texts load with those pages
      await loadConferencesStaffSv(), // the staff pages' Swedish texts load with those pages
      await loadProposalsSv(), // the proposal and committee pages' Swedish texts load with the pages
      await loadCommitteeSv(),
      registrationsSv,
      await loadRegistrationsPagesSv(), // the registration and manage pages' Swedish texts load with those pages
      await loadRegistrationsStaffSv(),
      await loadAgendaSv(), // the agenda pages' Swedish texts load with the pages
      appSv,
      startSv, // loaded with the start page's route
      a11ySv, // loaded with the accessibility statement's route
      privacySv, // loaded with the privacy notice's route
    ]);
    en = mergeDictionaries([
      await loadSharedEn(),
      await loadIdentityEn(),
      await loadStrategyEn(),
      await loadConferencesEn(),
      await loadProposalsEn(),
      await loadCommitteeEn(),
      await loadRegistrationsEn(),
      await loadAgendaEn(),
      appEn,
    ]);
  });

  it('has the same keys in Swedish and English', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(sv).sort());
  });

  it('has no empty texts', () => {
    for (const [language, dictionary] of [
      ['sv', sv],
      ['en', en],
    ] as const) {
      const empty = leafKeys(dictionary).filter((key) => !String(lookup(dictionary, key)).trim());
      expect({ language, empty }).toEqual({ language, empty: [] });
    }
  });

  it('has a text in both languages for every key the sources use', () => {
    const used = new Set(sourceDirs.flatMap((dir) => sourceFiles(join(root, dir))).flatMap((file) => keysIn(readFileSync(file, 'utf8'))));
    expect(used.size).toBeGreaterThan(80);
    const missing = [...used].filter((key) => typeof lookup(sv, key) !== 'string' || typeof lookup(en, key) !== 'string');
    expect(missing).toEqual([]);
  });

  it('has a text for every role, organisation type and role home the pages build keys for', () => {
    for (const role of ['admin', 'working-committee', 'programme-council']) {
      for (const key of [`roles.${role}`, `home.${role}.title`, `home.${role}.intro`, `home.${role}.task1`, `home.${role}.task3`]) {
        expect([key, typeof lookup(sv, key), typeof lookup(en, key)]).toEqual([key, 'string', 'string']);
      }
    }
    for (const type of ['municipality', 'business', 'region', 'state-agency', 'other']) {
      expect(typeof lookup(en, `organisationTypes.${type}`)).toBe('string');
    }
  });

  it('has a text for every status and organisation type the conference and registration pages build keys for', () => {
    const keys = [
      ...CONFERENCE_STATUSES.flatMap((status) => [`conferenceStatus.${status}`, `conferenceAdmin.statusHelp.${status}`]),
      ...REGISTRATION_STATUSES.flatMap((status) => [`registrationStatus.${status}`, `attendees.statusCount.${status}`]),
      ...['municipality', 'business', 'region', 'state-agency', 'other'].map((type) => `attendees.orgTypeShort.${type}`),
      ...['pending', 'sent', 'stored', 'failed'].map((status) => `outbox.status.${status}`),
    ];
    const missing = keys.filter((key) => typeof lookup(sv, key) !== 'string' || typeof lookup(en, key) !== 'string');
    expect(missing).toEqual([]);
  });
});
