import { formatFiles, generateFiles, joinPathFragments, updateJson, workspaceRoot, type Tree } from '@nx/devkit';
import { libraryGenerator as jsLibrary } from '@nx/js';
import { libraryGenerator as nestLibrary } from '@nx/nest';
import { libraryGenerator as angularLibrary } from '@nx/angular/generators';
import type { DomainGeneratorSchema } from './schema';

// The Angular generator's enum is not exported; its value 'jest' is what we pass.
const JEST = 'jest' as Parameters<typeof angularLibrary>[1]['unitTestRunner'];

export type LibraryType = 'contract' | 'api' | 'feature' | 'ui';

/** The tags a domain library gets: these drive @nx/enforce-module-boundaries. */
export function tagsFor(domain: string, type: LibraryType): string[] {
  const platform = type === 'contract' ? 'shared' : type === 'api' ? 'server' : 'web';
  return [`scope:${domain}`, `type:${type}`, `platform:${platform}`];
}

/**
 * Creates libs/<domain>/{contract,api,feature[,ui]} with tags, path aliases and a first file in each,
 * following docs/architecture.md. The domain must already have its place in eslint.config.mjs's
 * domainOrder, which decides what it may import.
 */
export async function domainGenerator(tree: Tree, options: DomainGeneratorSchema): Promise<void> {
  const domain = options.name;
  const eslint = tree.read('eslint.config.mjs', 'utf-8') ?? '';
  if (!new RegExp(`'${domain}'`).test(eslint)) {
    throw new Error(`Add '${domain}' to domainOrder in eslint.config.mjs first: its position decides what it may import.`);
  }
  const lib = (type: LibraryType) => ({
    directory: `libs/${domain}/${type}`,
    name: `${domain}-${type}`,
    importPath: `@samverkan/${domain}/${type}`,
    tags: tagsFor(domain, type).join(','),
    linter: 'eslint' as const,
    strict: true,
    skipFormat: true,
    // Every package these libraries need is already in the root package.json.
    skipPackageJson: true,
  });
  await jsLibrary(tree, { ...lib('contract'), bundler: 'none', unitTestRunner: 'none' });
  await nestLibrary(tree, { ...lib('api'), unitTestRunner: 'jest' });
  await angularLibrary(tree, { ...lib('feature'), unitTestRunner: JEST, standalone: true, prefix: 'sv', skipModule: true });
  if (options.ui) await angularLibrary(tree, { ...lib('ui'), unitTestRunner: JEST, standalone: true, prefix: 'sv', skipModule: true });

  // Replace the generators' samples with the shape this project uses.
  for (const type of ['contract', 'api', 'feature', 'ui'] as const) {
    const src = joinPathFragments('libs', domain, type, 'src');
    if (!tree.exists(src)) continue;
    tree.delete(joinPathFragments(src, 'lib'));
    // The Angular generator still writes node10 resolution, which TypeScript 6 rejects.
    const specConfig = joinPathFragments('libs', domain, type, 'tsconfig.spec.json');
    if (tree.exists(specConfig)) {
      updateJson(tree, specConfig, (json) => ({ ...json, compilerOptions: { ...json.compilerOptions, moduleResolution: 'bundler' } }));
    }
  }
  // Nx may load this file as ESM (no __dirname): find the templates from the workspace root.
  generateFiles(
    tree,
    joinPathFragments(workspaceRoot, 'tools/workspace-plugin/src/generators/domain/files'),
    joinPathFragments('libs', domain),
    {
      domain,
      className: domain.replace(/(^|-)([a-z])/g, (_: string, __: string, c: string) => c.toUpperCase()),
      tmpl: '',
    },
  );
  await formatFiles(tree);
}

export default domainGenerator;
