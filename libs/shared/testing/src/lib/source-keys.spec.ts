import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quotedKeys } from './source-keys';

describe('quotedKeys', () => {
  it('finds quoted keys under the prefixes, not the capabilities of the role table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quoted-keys-'));
    try {
      writeFileSync(
        join(dir, 'routes.ts'),
        [
          `{ title: 'meetings.title', canActivate: [capabilityGuard('meetings.manage')] }`,
          `const seesMeetings = computed(() => this.auth.can('meetings.manage'));`,
          `{ path: '/x', label: "meetings.nav", capability: 'meetings.manage' }`,
          `{ key: 'coverage.read' }`,
        ].join('\n'),
      );
      expect(quotedKeys(dir, ['meetings', 'coverage']).sort()).toEqual(['coverage.read', 'meetings.nav', 'meetings.title']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
