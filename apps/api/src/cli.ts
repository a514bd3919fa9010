import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { DataSource } from 'typeorm';
import { hashPassword, User } from '@samverkan/identity/api';
import { isSingleLine, normaliseEmail } from '@samverkan/shared/api-validation';
import type { AppConfig } from './config/config';
import { dataSourceOptions } from './database/data-source';
import { seedBase } from './database/seeds';
import { startEmbeddedPostgres } from './database/embedded-postgres';

const MIGRATIONS_DIR = join('apps', 'api', 'src', 'database', 'migrations');

const USAGE = `Usage: npm run cli -- <command>
  create-admin --email <e-mail> --name "<name>"   create the first administrator (password from
                                                   ADMIN_PASSWORD or asked for)
  migration:generate <Name>                        write a migration for the entity changes
  migration:check                                  exit 1 when entities and migrations differ`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

/**
 * Runs the migrations and then `work`. With `scratch` and no DATABASE_URL, a throwaway embedded server
 * in a temporary folder is used, so the result depends on the migrations alone.
 */
async function withDatabase<T>(config: AppConfig, work: (dataSource: DataSource) => Promise<T>, scratch = false): Promise<T> {
  const scratchDir = scratch && !config.databaseUrl ? mkdtempSync(join(tmpdir(), 'samverkan-schema-')) : undefined;
  const embedded = config.databaseUrl
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: scratchDir ?? config.dataDir,
        port: scratchDir ? config.embeddedPgPort + 1 : config.embeddedPgPort,
      });
  const url = config.databaseUrl ?? embedded?.url;
  if (!url) throw new Error('No database');
  const dataSource = new DataSource(dataSourceOptions(url, { migrationsRun: false }));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    return await work(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
  }
}

async function pendingSchemaChanges(dataSource: DataSource) {
  return dataSource.driver.createSchemaBuilder().log();
}

async function createAdmin(args: string[], config: AppConfig): Promise<number> {
  const given = option(args, 'email');
  const email = given === undefined ? undefined : normaliseEmail(given);
  const name = option(args, 'name')?.trim();
  if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || !isSingleLine(email) || !name || !isSingleLine(name)) {
    console.error('create-admin needs --email <e-mail> and --name "<name>".');
    return 2;
  }
  let password = process.env['ADMIN_PASSWORD'];
  if (!password) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question('Password (at least 12 characters): ');
    rl.close();
  }
  if (password.length < 12) {
    console.error('The password must have at least 12 characters.');
    return 2;
  }
  const passwordHash = await hashPassword(password);
  return withDatabase(config, async (dataSource) => {
    await seedBase(dataSource);
    const users = dataSource.getRepository(User);
    if (await users.existsBy({ email })) {
      console.error(`A user with the e-mail ${email} already exists.`);
      return 1;
    }
    await users.insert({ email, name, passwordHash, roles: ['admin'], active: true });
    console.log(`Administrator ${email} created. Sign in at ${config.publicUrl}/logga-in`);
    return 0;
  });
}

async function generateMigration(args: string[], config: AppConfig): Promise<number> {
  const name = args[0];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('migration:generate needs a PascalCase name, e.g. AddConferences.');
    return 2;
  }
  // A scratch database, so the migrations run from scratch and the diff is against them alone.
  return withDatabase(
    config,
    async (dataSource) => {
      const { upQueries, downQueries } = await pendingSchemaChanges(dataSource);
      if (!upQueries.length) {
        console.log('No changes: entities and migrations agree.');
        return 0;
      }
      const timestamp = Date.now();
      const className = `${name}${timestamp}`;
      const line = (q: { query: string; parameters?: unknown[] }) =>
        `    await queryRunner.query(\`${q.query.replace(/[`\\]/g, (c) => `\\${c}`).replace(/\$\{/g, '\\${')}\`${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
      const file = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${upQueries.map(line).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${[...downQueries].reverse().map(line).join('\n')}
  }
}
`;
      const fileName = `${timestamp}-${name}`;
      writeFileSync(join(MIGRATIONS_DIR, `${fileName}.ts`), file);
      const indexFile = join(MIGRATIONS_DIR, 'index.ts');
      const index = readFileSync(indexFile, 'utf8')
        .replace(/^(\/\/ One migration stream)/m, `import { ${className} } from './${fileName}';\n$1`)
        .replace(
          /\[([^\]]*)\];/,
          (_, list: string) =>
            `[${[
              ...list
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean),
              className,
            ].join(', ')}];`,
        );
      writeFileSync(indexFile, index);
      console.log(`Wrote ${join(MIGRATIONS_DIR, fileName)}.ts (${upQueries.length} statements) and registered it.`);
      return 0;
    },
    true,
  );
}

async function checkMigrations(config: AppConfig): Promise<number> {
  return withDatabase(
    config,
    async (dataSource) => {
      const { upQueries } = await pendingSchemaChanges(dataSource);
      if (!upQueries.length) {
        console.log('Entities and migrations agree.');
        return 0;
      }
      console.error('Schema drift: the entities need these statements that no migration has:');
      for (const q of upQueries) console.error(`  ${q.query}`);
      return 1;
    },
    true,
  );
}

export async function runCli(command: string, args: string[], config: AppConfig): Promise<number> {
  switch (command) {
    case 'create-admin':
      return createAdmin(args, config);
    case 'migration:generate':
      return generateMigration(args, config);
    case 'migration:check':
      return checkMigrations(config);
    default:
      console.error(USAGE);
      return 2;
  }
}
