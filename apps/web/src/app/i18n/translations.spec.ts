import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENDA_TEXTS } from '@samverkan/agenda/feature';
import { ATTENDANCE_TEXTS } from '@samverkan/attendance/feature';
import { COMMITTEE_TEXTS } from '@samverkan/committee/feature';
import { CONFERENCE_STATUSES } from '@samverkan/conferences/contract';
import { CONFERENCES_TEXTS } from '@samverkan/conferences/feature';
import { COVERAGE_TEXTS } from '@samverkan/coverage/feature';
import { EVALUATION_TEXTS } from '@samverkan/evaluation/feature';
import { CAPABILITIES } from '@samverkan/identity/contract';
import { IDENTITY_TEXTS } from '@samverkan/identity/feature';
import { MESSAGING_TEXTS } from '@samverkan/messaging/feature';
import { PROPOSALS_TEXTS } from '@samverkan/proposals/feature';
import { REGISTRATION_STATUSES } from '@samverkan/registrations/contract';
import { REGISTRATIONS_TEXTS } from '@samverkan/registrations/feature';
import { checkTexts, emptyKeys, leafKeys, leafTexts, lookup, sourceFiles } from '@samverkan/shared/testing';
import { sharedTexts, type Dictionary } from '@samverkan/shared/ui';
import { keyDifferences, loadDictionary } from '@samverkan/shared/ui-testing';
import { STRATEGY_TEXTS } from '@samverkan/strategy/feature';
import { APP_TEXTS } from './texts';

/** Every text group of the web: the shared one, each domain's, the app's. */
const ALL_TEXTS = [
  sharedTexts,
  ...IDENTITY_TEXTS,
  ...STRATEGY_TEXTS,
  ...CONFERENCES_TEXTS,
  ...REGISTRATIONS_TEXTS,
  ...PROPOSALS_TEXTS,
  ...COMMITTEE_TEXTS,
  ...AGENDA_TEXTS,
  ...ATTENDANCE_TEXTS,
  ...EVALUATION_TEXTS,
  ...MESSAGING_TEXTS,
  ...COVERAGE_TEXTS,
  ...APP_TEXTS,
];

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
  'libs/attendance/feature/src',
  'libs/evaluation/feature/src',
  'libs/messaging/feature/src',
];

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

describe('translations', () => {
  let sv: Dictionary;
  let en: Dictionary;

  beforeAll(async () => {
    sv = await loadDictionary(ALL_TEXTS, 'sv');
    en = await loadDictionary(ALL_TEXTS, 'en');
  });

  it('has the same keys in Swedish and English, in every group', async () => {
    expect(await keyDifferences(ALL_TEXTS)).toEqual([]);
    expect(leafKeys(en).sort()).toEqual(leafKeys(sv).sort());
  });

  it('has no empty texts', () => {
    expect({ sv: emptyKeys(sv), en: emptyKeys(en) }).toEqual({ sv: [], en: [] });
  });

  it('uses the words of the term list (docs/terms.md) and a plural form for every count, in both languages', () => {
    expect(checkTexts(leafTexts(sv), 'sv')).toEqual([]);
    expect(checkTexts(leafTexts(en), 'en')).toEqual([]);
  });

  it('has a text in both languages for every key the sources use', () => {
    const used = new Set(sourceDirs.flatMap((dir) => sourceFiles(join(root, dir))).flatMap((file) => keysIn(readFileSync(file, 'utf8'))));
    // Capabilities (`capabilityGuard('meetings.manage')`) look like keys but are not texts.
    for (const capability of CAPABILITIES) used.delete(capability);
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
