import { basename, dirname } from 'node:path';
import type { CreateNodesResultV2, CreateNodesV2 } from '@nx/devkit';

/**
 * Infers a cached `typecheck` target for every project from its tsconfig.{app,lib,spec,e2e}.json files,
 * so `nx run-many -t typecheck` checks all TypeScript (specs included) in strict mode.
 */
export const createNodesV2: CreateNodesV2 = [
  '**/tsconfig.{app,lib,spec,e2e}.json',
  (configFiles): CreateNodesResultV2 => {
    const byRoot = new Map<string, string[]>();
    for (const file of configFiles) {
      const root = dirname(file);
      byRoot.set(root, [...(byRoot.get(root) ?? []), basename(file)]);
    }
    return [...byRoot].map(([root, files]) => [
      `${root}/${files[0]}`,
      {
        projects: {
          [root]: {
            targets: {
              typecheck: {
                command: files
                  .sort()
                  .map((f) => `tsc --noEmit -p ${f}`)
                  .join(' && '),
                options: { cwd: root },
                cache: true,
                inputs: ['default', '^default', { externalDependencies: ['typescript'] }],
                outputs: [],
              },
            },
          },
        },
      },
    ]);
  },
];
