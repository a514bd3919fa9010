import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { AST_NODE_TYPES, ESLintUtils, type TSESTree } from '@typescript-eslint/utils';
import * as ts from 'typescript';

/**
 * `@nx/workspace-no-contract-redeclaration`: the web declares no API shape of its own; the contract
 * libraries do (docs/adr/0007-contract-types-checked-against-openapi.md). In the web's code (feature
 * libraries and apps/web) it refuses
 *  - an interface or type alias with the name of a type a contract library exports;
 *  - in a client file (`*-api.ts`, `*-requests.ts`), an interface or type alias named like an API
 *    shape (…Response, …Request, …Result, …Candidate, …Entry, …Page);
 *  - in an HTTP call's type argument (`http.get<T>(…)`), an object type written there
 *    (`{ url: string }`) or a type not imported from a contract library.
 */
export const RULE_NAME = 'no-contract-redeclaration';

const WEB_CODE = /[\\/](libs[\\/][^\\/]+[\\/]feature|apps[\\/]web)[\\/]src[\\/]/;
const CLIENT_FILE = /-(api|requests)\.ts$/;
const API_SHAPE = /(Response|Request|Result|Candidate|Entry|Page)$/;
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'jsonp']);
const CONTRACT_MODULE = /^@samverkan\/[^/]+\/contract$/;
/** Types of the language and the platform an HTTP call may name besides contract types. */
const BUILT_IN = new Set(['Array', 'ReadonlyArray', 'Record', 'Partial', 'Pick', 'Omit', 'Blob', 'ArrayBuffer', 'Object']);

/** The folder with nx.json above a file: the workspace whose contract libraries count. */
function workspaceRootOf(file: string): string | null {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/** Type name → the contract library (`libs/<domain>/contract`) that exports it. */
export type ContractNames = ReadonlyMap<string, string>;

const cache = new Map<string, ContractNames>();

/** The interfaces and type aliases the contract libraries declare or re-export, read once per lint run. */
export function contractNames(root: string): ContractNames {
  const cached = cache.get(root);
  if (cached) return cached;
  const names = new Map<string, string>();
  const libs = join(root, 'libs');
  for (const domain of existsSync(libs) ? readdirSync(libs) : []) {
    const src = join(libs, domain, 'contract', 'src');
    if (!existsSync(src)) continue;
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
    for (const file of files) {
      const source = ts.createSourceFile(file, readFileSync(join(src, file), 'utf8'), ts.ScriptTarget.Latest);
      const lib = relative(root, join(libs, domain, 'contract')).split(sep).join('/');
      for (const statement of source.statements) {
        const exported = ts.getModifiers(statement as ts.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
        if ((ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) && exported) names.set(statement.name.text, lib);
      }
    }
  }
  cache.set(root, names);
  return names;
}

/** The object types and the named types in a type argument. */
function typeParts(node: TSESTree.Node, literals: TSESTree.Node[], names: TSESTree.Identifier[]): void {
  switch (node.type) {
    case AST_NODE_TYPES.TSTypeLiteral:
      literals.push(node);
      return;
    case AST_NODE_TYPES.TSArrayType:
      typeParts(node.elementType, literals, names);
      return;
    case AST_NODE_TYPES.TSUnionType:
    case AST_NODE_TYPES.TSIntersectionType:
      for (const type of node.types) typeParts(type, literals, names);
      return;
    case AST_NODE_TYPES.TSTypeReference: {
      let name: TSESTree.EntityName = node.typeName;
      while (name.type === AST_NODE_TYPES.TSQualifiedName) name = name.left;
      if (name.type === AST_NODE_TYPES.Identifier) names.push(name);
      for (const argument of node.typeArguments?.params ?? []) typeParts(argument, literals, names);
      return;
    }
    default:
      return;
  }
}

export const rule = ESLintUtils.RuleCreator(() => 'docs/adr/0007-contract-types-checked-against-openapi.md')({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: { description: 'The web imports API shapes from the contract libraries and never declares its own.' },
    schema: [],
    messages: {
      redeclared: '{{name}} is a contract type ({{lib}}): import it from there instead of declaring it again.',
      apiShape: '{{name}} looks like an API shape: declare it in the domain\'s contract library and import it.',
      inlineShape: 'An object type in an HTTP call: name the answer\'s contract type instead.',
      notContract: '{{name}} in an HTTP call is not from a contract library: the answer\'s type comes from @samverkan/<domain>/contract.',
    },
  },
  defaultOptions: [],
  create(context) {
    const file = context.filename;
    if (!WEB_CODE.test(file)) return {};
    const root = workspaceRootOf(file);
    const names = root ? contractNames(root) : new Map<string, string>();
    const client = CLIENT_FILE.test(file);
    /** Local name → the module it is imported from. */
    const imported = new Map<string, string>();

    function check(node: TSESTree.TSInterfaceDeclaration | TSESTree.TSTypeAliasDeclaration): void {
      const name = node.id.name;
      const lib = names.get(name);
      if (lib) context.report({ node: node.id, messageId: 'redeclared', data: { name, lib } });
      else if (client && API_SHAPE.test(name)) context.report({ node: node.id, messageId: 'apiShape', data: { name } });
    }

    return {
      ImportDeclaration(node) {
        for (const specifier of node.specifiers) imported.set(specifier.local.name, node.source.value);
      },
      TSInterfaceDeclaration: check,
      TSTypeAliasDeclaration: check,
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.property.type !== AST_NODE_TYPES.Identifier) return;
        if (!HTTP_METHODS.has(callee.property.name)) return;
        const literals: TSESTree.Node[] = [];
        const names: TSESTree.Identifier[] = [];
        for (const argument of node.typeArguments?.params ?? []) typeParts(argument, literals, names);
        for (const literal of literals) context.report({ node: literal, messageId: 'inlineShape' });
        for (const name of names) {
          // Imports come first in a module, so they are known by the time a call is visited.
          if (BUILT_IN.has(name.name) || CONTRACT_MODULE.test(imported.get(name.name) ?? '')) continue;
          context.report({ node: name, messageId: 'notContract', data: { name: name.name } });
        }
      },
    };
  },
});
