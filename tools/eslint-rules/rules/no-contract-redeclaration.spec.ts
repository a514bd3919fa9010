import { join } from 'node:path';
import { RuleTester } from 'eslint';
import * as parser from '@typescript-eslint/parser';
import { contractNames, rule, RULE_NAME } from './no-contract-redeclaration';

const ROOT = join(__dirname, '../../..');
const agendaClient = join(ROOT, 'libs/agenda/feature/src/lib/agenda-api.ts');
const agendaPage = join(ROOT, 'libs/agenda/feature/src/lib/editor/agenda-editor-page.ts');
const startPage = join(ROOT, 'apps/web/src/app/start/start-page.ts');
const agendaService = join(ROOT, 'libs/agenda/api/src/lib/agenda.service.ts');

const tester = new RuleTester({ languageOptions: { parser } });

describe(RULE_NAME, () => {
  it('reads the names the contract libraries export, with their library', () => {
    const names = contractNames(ROOT);
    expect(names.get('AgendaCandidate')).toBe('libs/agenda/contract');
    expect(names.get('Page')).toBe('libs/shared/contract');
    expect(names.get('AuditEntryResponse')).toBe('libs/shared/contract');
    expect(names.has('AGENDA_ITEM_TYPES')).toBe(false);
  });

  // RuleTester makes its own describe/it blocks.
  tester.run(RULE_NAME, rule as never, {
    valid: [
      { filename: agendaClient, code: `import type { AgendaCandidate } from '@samverkan/agenda/contract';\nexport type { AgendaCandidate };` },
      {
        filename: agendaClient,
        code: [
          `import type { AgendaCandidate } from '@samverkan/agenda/contract';`,
          `import type { Page } from '@samverkan/shared/contract';`,
          `import type * as P from '@samverkan/proposals/contract';`,
          `this.http.get<AgendaCandidate[]>('/api/x'); this.http.get<Page<P.ProposalSummaryResponse>>('/api/y');`,
          `this.http.delete<void>('/api/z'); this.http.get<Record<string, unknown>>('/api/w');`,
        ].join('\n'),
      },
      // View models built from contract types are the web's own.
      { filename: agendaPage, code: `interface StatusMessage { key: string }\ntype DragData = { kind: 'item' };` },
      // A client may name its own things, as long as they are not API shapes.
      { filename: agendaClient, code: `export interface AttendeeFilter { search?: string }` },
      // The API's code is not the web's: the rule leaves it alone.
      { filename: agendaService, code: `export interface AgendaCandidate { proposalId: string }` },
      // Maps and signals are not HTTP calls.
      { filename: agendaPage, code: `const m = new Map<string, { a: 1 }>(); m.get('x'); signal<{ a: number }>({ a: 1 });` },
    ],
    invalid: [
      {
        // The copy that drifted: the contract's AgendaCandidate redeclared in the client.
        filename: agendaClient,
        code: `export interface AgendaCandidate {\n  proposalId: string;\n  summary: string | null;\n}`,
        errors: [{ messageId: 'redeclared', data: { name: 'AgendaCandidate', lib: 'libs/agenda/contract' } }],
      },
      {
        // A type alias with a contract type's name, anywhere in the web's code.
        filename: startPage,
        code: `type Page<T> = { items: T[] };`,
        errors: [{ messageId: 'redeclared', data: { name: 'Page', lib: 'libs/shared/contract' } }],
      },
      {
        // Not in the contract yet, but named like an API shape, in a client file.
        filename: agendaClient,
        code: `export interface AgendaStatsResponse { count: number }\ninterface ImportEntry { line: number }`,
        errors: [
          { messageId: 'apiShape', data: { name: 'AgendaStatsResponse' } },
          { messageId: 'apiShape', data: { name: 'ImportEntry' } },
        ],
      },
      {
        // The shape written into the call.
        filename: agendaClient,
        code: `this.http.post<{ url: string }>('/api/calendar/me/meetings/rotate', null);\nhttp.get<Array<{ id: string }>>('/api/x');`,
        errors: [{ messageId: 'inlineShape' }, { messageId: 'inlineShape' }],
      },
      {
        // A shape declared beside the call (or imported from anywhere but a contract library).
        filename: join(ROOT, 'libs/proposals/feature/src/lib/lineage/theme-lineage.ts'),
        code: [
          `import type { AuditEntry } from '../proposals-api';`,
          `export type PublishedItem = ProgrammeItem & { conferenceId: string };`,
          `http.get<PublishedItem>('/api/agenda-items/1'); http.get<AuditEntry[]>('/api/proposals/1/audit');`,
        ].join('\n'),
        errors: [
          { messageId: 'notContract', data: { name: 'PublishedItem' } },
          { messageId: 'notContract', data: { name: 'AuditEntry' } },
        ],
      },
    ],
  });
});
