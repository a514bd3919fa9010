/**
 * The first thing the API does: refuse a Node older than the one the project pins (package.json's
 * `node` dev dependency, put in by webpack.config.js, installed as node_modules/.bin/node, which `npm start` and `npm test` use).
 * Under an older Node the bundle fails in ways that say nothing (it has exited with 0 and crashed),
 * so it stops here with code 1 and says which Node it needs. Imported before anything else in main.ts.
 */
declare const PINNED_NODE: string | undefined;

export const REQUIRED_NODE_MAJOR = 24;

/** The message for a Node too old, or null when this one will do. */
export function nodeVersionProblem(version: string, pinned: string): string | null {
  const major = Number(/^v?(\d+)/.exec(version)?.[1] ?? 0);
  if (major >= REQUIRED_NODE_MAJOR) return null;
  return [
    `Samverkan needs Node ${REQUIRED_NODE_MAJOR} or newer; this is Node ${version}.`,
    `The project pins Node ${pinned} in its own node_modules (installed by npm install).`,
    'Start it with `npm start`, or run `./node_modules/.bin/node dist/apps/api/main.js`.',
  ].join('\n');
}

const problem = nodeVersionProblem(process.versions.node, typeof PINNED_NODE === 'string' ? PINNED_NODE : `${REQUIRED_NODE_MAJOR}`);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
