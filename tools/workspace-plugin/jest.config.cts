module.exports = {
  displayName: 'workspace-plugin',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js'],
  // Running the real Nx generators takes seconds on a busy 2-core machine.
  testTimeout: 30000,
};
