const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { readFileSync } = require('fs');
const { join } = require('path');
const { DefinePlugin } = require('webpack');

const { devDependencies } = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8'));

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',
      // The TrueType fonts of the minutes' PDF (libs/shared/api-pdf pdf-fonts.ts looks here).
      assets: [{ input: 'libs/shared/api-pdf/src/lib/fonts', glob: '*', output: 'assets/fonts' }],
      optimization: false,
      outputHashing: 'none',
      generatePackageJson: false,
      sourceMap: true,
      // Documents DTO properties and response types in /api/docs from the TypeScript types.
      transformers: [{ name: '@nestjs/swagger/plugin', options: { introspectComments: true } }],
    }),
    // The Node the project pins, for the start-up guard (src/node-version.ts).
    new DefinePlugin({ PINNED_NODE: JSON.stringify(devDependencies.node) }),
  ],
};
