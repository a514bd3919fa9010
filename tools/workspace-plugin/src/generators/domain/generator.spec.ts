import { readProjectConfiguration, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { domainGenerator, tagsFor } from './generator';

describe('domain generator', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    tree.write('eslint.config.mjs', "const domainOrder = ['shared', 'identity', 'proposals'];\nexport default [];\n");
  });

  it('tags each library with scope, type and platform', () => {
    expect(tagsFor('proposals', 'contract')).toEqual(['scope:proposals', 'type:contract', 'platform:shared']);
    expect(tagsFor('proposals', 'api')).toEqual(['scope:proposals', 'type:api', 'platform:server']);
    expect(tagsFor('proposals', 'feature')).toEqual(['scope:proposals', 'type:feature', 'platform:web']);
  });

  it('creates contract, api and feature libraries with tags, aliases and first files', async () => {
    await domainGenerator(tree, { name: 'proposals' });
    for (const type of ['contract', 'api', 'feature'] as const) {
      const project = readProjectConfiguration(tree, `proposals-${type}`);
      expect(project.root).toBe(`libs/proposals/${type}`);
      expect(project.tags).toEqual(tagsFor('proposals', type));
    }
    const paths = JSON.parse(tree.read('tsconfig.base.json', 'utf-8') ?? '{}').compilerOptions.paths;
    expect(paths['@samverkan/proposals/api']).toEqual(['./libs/proposals/api/src/index.ts']);
    expect(tree.read('libs/proposals/api/src/lib/proposals.module.ts', 'utf-8')).toContain('export class ProposalsModule');
    expect(tree.read('libs/proposals/feature/src/lib/proposals.routes.ts', 'utf-8')).toContain('export const proposalsRoutes');
    expect(tree.exists('libs/proposals/ui')).toBe(false);
    expect(JSON.parse(tree.read('libs/proposals/feature/tsconfig.spec.json', 'utf-8') ?? '{}').compilerOptions.moduleResolution).toBe(
      'bundler',
    );
  });

  it('refuses a domain that has no place in the module-boundary order', async () => {
    await expect(domainGenerator(tree, { name: 'billing' })).rejects.toThrow(/domainOrder/);
  });
});
