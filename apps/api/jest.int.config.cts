/* Integration tests: the real Nest app on a real PostgreSQL, one file at a time (see test/support). */
const { esmPackages } = require('../../tools/jest/esm-packages.cjs');

const esm = esmPackages();

module.exports = {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  transform: {
    ...esm.jsTransform,
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  transformIgnorePatterns: esm.transformIgnorePatterns,
  moduleNameMapper: esm.moduleNameMapper,
  moduleFileExtensions: ['ts', 'js', 'html'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 60000,
  coverageDirectory: '../../coverage/apps/api-integration',
};
