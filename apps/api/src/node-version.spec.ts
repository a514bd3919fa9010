import { nodeVersionProblem } from './node-version';

describe('the Node version guard', () => {
  it('names the Node it needs and the pinned one when the running one is older', () => {
    const message = nodeVersionProblem('20.20.2', '^24.21.0');
    expect(message).toContain('needs Node 24 or newer; this is Node 20.20.2');
    expect(message).toContain('pins Node ^24.21.0');
    expect(message).toContain('./node_modules/.bin/node dist/apps/api/main.js');
  });

  it('lets Node 24 and newer through', () => {
    expect(nodeVersionProblem('24.21.0', '^24.21.0')).toBeNull();
    expect(nodeVersionProblem('v25.1.0', '^24.21.0')).toBeNull();
    expect(nodeVersionProblem('garbage', '^24.21.0')).not.toBeNull();
  });
});
