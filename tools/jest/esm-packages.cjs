/**
 * file-type (and what it imports) is published as ES modules only. The API's webpack build leaves it to
 * Node's own `require`, which loads ES modules (Node >= 20.19); jest's module loader does not, so jest
 * configs that reach it spread this in: the packages are compiled to CommonJS like our own files, and
 * `file-type` resolves to its Node entry (its package exports offer no `require` condition).
 */
const { join } = require('node:path');

const ESM_PACKAGES = ['file-type', 'strtok3', 'token-types', 'uint8array-extras', '@tokenizer', '@borewit'];

module.exports = {
  esmPackages: () => ({
    transformIgnorePatterns: [`node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
    moduleNameMapper: { '^file-type$': join(__dirname, '../../node_modules/file-type/index.js') },
    jsTransform: { '^.+/node_modules/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022', esModuleInterop: true }, transpilation: true }] },
  }),
};
