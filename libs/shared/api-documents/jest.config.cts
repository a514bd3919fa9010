const { esmPackages } = require('../../../tools/jest/esm-packages.cjs');

const esm = esmPackages();

module.exports = {
  displayName: 'shared-api-documents',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    ...esm.jsTransform,
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  transformIgnorePatterns: esm.transformIgnorePatterns,
  moduleNameMapper: esm.moduleNameMapper,
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/shared/api-documents',
};
