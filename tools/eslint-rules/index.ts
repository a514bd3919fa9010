import { RULE_NAME as noContractRedeclarationName, rule as noContractRedeclaration } from './rules/no-contract-redeclaration';

/**
 * The workspace's own lint rules. @nx/eslint-plugin loads this file and offers each rule as
 * `@nx/workspace-<name>` (see eslint.config.mjs).
 */
module.exports = {
  rules: { [noContractRedeclarationName]: noContractRedeclaration },
};
