import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * Compares the contract's TypeScript types with the OpenAPI document's schemas, property by property:
 * names, optional or required, nullable or not, and the kind of each value (string, number, boolean,
 * the members of a string union, lists and nested objects, maps).
 *
 * Which contract type a schema stands for comes from the response class that makes the schema: the
 * type it `implements` (`class RoomResponse implements C.RoomResponse`), else the contract type it
 * extends (`class UserPage extends PageOf(UserResponse)` is a `Page<…>`). Nested schemas are compared
 * with the types of the properties that hold them.
 */

type Json = Record<string, unknown>;

export interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: Json }> }> }>>;
  components: { schemas: Record<string, Json> };
}

export interface ContractTypes {
  checker: ts.TypeChecker;
  /** Response class name (= schema name) → the contract type it implements or extends. */
  bySchema: Map<string, ts.Type>;
  /** Every interface and type alias the contract libraries export, by name. */
  exported: Map<string, ts.Type>;
}

const RESPONSE_FILE = /(^|[./])responses\.ts$/;

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.includes('node_modules') && keep(path));
}

/** The workspace's compiler options (paths to the libraries), for reading types only. */
function compilerOptions(root: string): ts.CompilerOptions {
  const file = join(root, 'tsconfig.base.json');
  const config = ts.readConfigFile(file, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root, { noEmit: true, types: [] }, file);
  return { ...parsed.options, noEmit: true, types: [] };
}

const inContract = (file: string) => /[\\/]libs[\\/][^\\/]+[\\/]contract[\\/]src[\\/]/.test(file);

/** Reads the response classes of the API and the contract libraries with the TypeScript compiler. */
export function readContractTypes(root: string): ContractTypes {
  const responseFiles = [
    ...filesUnder(join(root, 'libs'), (p) => RESPONSE_FILE.test(p)),
    ...filesUnder(join(root, 'apps/api/src'), (p) => RESPONSE_FILE.test(p)),
  ];
  const contractIndexes = filesUnder(join(root, 'libs'), (p) => /[\\/]contract[\\/]src[\\/]index\.ts$/.test(p));
  const program = ts.createProgram({ rootNames: [...responseFiles, ...contractIndexes], options: compilerOptions(root) });
  const checker = program.getTypeChecker();

  const classes = new Map<string, ts.ClassDeclaration>();
  for (const path of responseFiles) {
    const source = program.getSourceFile(path);
    if (!source) throw new Error(`not in the program: ${relative(root, path)}`);
    source.forEachChild((node) => {
      if (ts.isClassDeclaration(node) && node.name) classes.set(node.name.text, node);
    });
  }

  const exported = new Map<string, ts.Type>();
  for (const path of contractIndexes) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(path) as ts.SourceFile);
    for (const symbol of module ? checker.getExportsOfModule(module) : []) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      if (target.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))
        exported.set(symbol.name, checker.getDeclaredTypeOfSymbol(target));
    }
  }

  const bySchema = new Map<string, ts.Type>();
  for (const [name, declaration] of classes) {
    const contract = contractOfClass(checker, declaration);
    if (contract) bySchema.set(name, contract);
  }
  return { checker, bySchema, exported };
}

/** The contract type a response class stands for: what it implements, else a contract type it extends. */
function contractOfClass(checker: ts.TypeChecker, declaration: ts.ClassDeclaration): ts.Type | undefined {
  const clauses = declaration.heritageClauses ?? [];
  const implemented = clauses.find((clause) => clause.token === ts.SyntaxKind.ImplementsKeyword)?.types[0];
  if (implemented) return checker.getTypeAtLocation(implemented);
  const symbol = declaration.name && checker.getSymbolAtLocation(declaration.name);
  if (!symbol) return undefined;
  for (const base of checker.getBaseTypes(checker.getDeclaredTypeOfSymbol(symbol) as ts.InterfaceType)) {
    const resolved = asContract(checker, base);
    if (resolved) return resolved;
  }
  return undefined;
}

/** A type as the contract has it: itself when the contract declares it, the implemented type for a response class. */
function asContract(checker: ts.TypeChecker, type: ts.Type): ts.Type | undefined {
  const declaration = (type.aliasSymbol ?? type.getSymbol())?.declarations?.[0];
  if (!declaration) return undefined;
  if (inContract(declaration.getSourceFile().fileName)) return type;
  if (ts.isClassDeclaration(declaration)) return contractOfClass(checker, declaration);
  return undefined;
}

interface Resolved {
  schema: Json;
  nullable: boolean;
  /** The component's name when the schema is a `$ref` (or `allOf: [$ref]`). */
  ref?: string;
}

function resolve(doc: OpenApiDocument, schema: Json): Resolved {
  const nullable = schema['nullable'] === true;
  const allOf = schema['allOf'] as Json[] | undefined;
  const refOf = (s: Json) => (typeof s['$ref'] === 'string' ? s['$ref'].replace('#/components/schemas/', '') : undefined);
  const ref = refOf(schema) ?? (allOf?.length === 1 ? refOf(allOf[0]) : undefined);
  if (ref) {
    const target = doc.components.schemas[ref];
    if (!target) throw new Error(`$ref to a missing schema: ${ref}`);
    return { schema: target, nullable: nullable || target['nullable'] === true, ref };
  }
  return { schema, nullable };
}

/** Compares contract types with schemas of one document; remembers which components it has compared. */
export class ContractComparison {
  readonly problems: string[] = [];
  readonly compared = new Set<string>();
  private readonly done = new Set<string>();

  constructor(
    private readonly types: ContractTypes,
    private readonly doc: OpenApiDocument,
  ) {}

  /** Compares a contract type with a component schema of the document. */
  component(type: ts.Type, name: string): void {
    this.value(type, { $ref: `#/components/schemas/${name}` }, name);
  }

  /** Compares a contract type with the schema of an operation's answer (`GET /api/…` and a status). */
  answer(type: ts.Type, route: string, status = '200'): void {
    const [method, path] = route.split(' ');
    const schema = this.doc.paths[path]?.[method.toLowerCase()]?.responses?.[status]?.content?.['application/json']?.schema;
    if (!schema) this.report(route, `no JSON answer ${status} in the document`);
    else this.value(type, schema, `${route} ${status}`);
  }

  private show(type: ts.Type): string {
    return this.types.checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation);
  }

  private report(path: string, what: string): void {
    this.problems.push(`${path}: ${what}`);
  }

  /** A property's or item's value: nullability, then the kind of value. */
  private value(type: ts.Type, schema: Json, path: string): void {
    const { checker } = this.types;
    const resolved = resolve(this.doc, schema);
    const members = type.isUnion() ? type.types : [type];
    if (members.some((t) => t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))) return;
    const nullable = members.some((t) => t.flags & ts.TypeFlags.Null);
    const rest = members.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    if (nullable !== resolved.nullable)
      this.report(
        path,
        nullable
          ? 'the contract allows null, the document does not (nullable: true missing)'
          : 'the document says nullable, the contract does not allow null',
      );
    if (!rest.length) return;
    if (resolved.ref) {
      const key = `${checker.typeToString(type)}→${resolved.ref}`;
      this.compared.add(resolved.ref);
      if (this.done.has(key)) return;
      this.done.add(key);
    }
    this.kind(rest, resolved.schema, path);
  }

  private kind(members: ts.Type[], schema: Json, path: string): void {
    const { checker } = this.types;
    const alternatives = (schema['oneOf'] ?? schema['anyOf']) as Json[] | undefined;
    if (alternatives) {
      for (const member of members) {
        const fits = alternatives.some((alternative) => {
          const trial = new ContractComparison(this.types, this.doc);
          trial.kind([member], resolve(this.doc, alternative).schema, path);
          return trial.problems.length === 0;
        });
        if (!fits) this.report(path, `the contract's ${this.show(member)} matches none of the document's oneOf`);
      }
      return;
    }
    const type = schema['type'];
    const enumValues = schema['enum'] as unknown[] | undefined;
    if (members.every((t) => t.flags & ts.TypeFlags.BooleanLike)) {
      if (type !== 'boolean') this.report(path, `the contract says boolean, the document ${String(type)}`);
      return;
    }
    if (members.every((t) => t.isStringLiteral())) {
      const contract = members.map((t) => (t as ts.StringLiteralType).value).sort();
      const document = (enumValues ?? []).map(String).sort();
      if (type !== 'string' || JSON.stringify(contract) !== JSON.stringify(document))
        this.report(
          path,
          `the contract says ${contract.map((v) => `'${v}'`).join(' | ')}, the document ${type}${enumValues ? ` enum [${document.join(', ')}]` : ''}`,
        );
      return;
    }
    if (members.length > 1) {
      this.report(path, `the contract says ${members.map((t) => this.show(t)).join(' | ')}, the document has no oneOf`);
      return;
    }
    const [member] = members;
    if (member.flags & ts.TypeFlags.StringLike) {
      if (type !== 'string') this.report(path, `the contract says string, the document ${String(type)}`);
      else if (enumValues)
        this.report(path, `the contract says string, the document enum [${enumValues.join(', ')}] (use the union in the contract)`);
      return;
    }
    if (member.flags & ts.TypeFlags.NumberLike) {
      if (type !== 'number' && type !== 'integer') this.report(path, `the contract says number, the document ${String(type)}`);
      return;
    }
    if (checker.isArrayType(member) || checker.isTupleType(member)) {
      if (type !== 'array') {
        this.report(path, `the contract says ${this.show(member)}, the document ${String(type ?? 'an object')}`);
        return;
      }
      const [item] = checker.getTypeArguments(member as ts.TypeReference);
      this.value(item, schema['items'] as Json, `${path}[]`);
      return;
    }
    if (member.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) {
      this.object(asContract(checker, member) ?? member, schema, path);
      return;
    }
    this.report(path, `the contract's ${this.show(member)} cannot be compared`);
  }

  private object(type: ts.Type, schema: Json, path: string): void {
    const { checker } = this.types;
    if (schema['type'] !== undefined && schema['type'] !== 'object') {
      this.report(path, `the contract says an object (${this.show(type)}), the document ${String(schema['type'])}`);
      return;
    }
    const documented = (schema['properties'] ?? {}) as Record<string, Json>;
    const required = new Set((schema['required'] ?? []) as string[]);
    const index = checker.getIndexInfoOfType(type, ts.IndexKind.String);
    const properties = checker.getPropertiesOfType(type);
    if (index && !properties.length) {
      const values = schema['additionalProperties'];
      if (!values || values === true)
        this.report(path, `the contract says a map of ${this.show(index.type)}, the document lists no additionalProperties`);
      else this.value(index.type, values as Json, `${path}[key]`);
      return;
    }
    for (const property of properties) {
      const at = `${path}.${property.name}`;
      const sub = documented[property.name];
      if (!sub) {
        this.report(at, 'in the contract, not in the document');
        continue;
      }
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      if (optional === required.has(property.name))
        this.report(
          at,
          optional ? 'optional in the contract, required in the document' : 'required in the contract, optional in the document',
        );
      this.value(checker.getTypeOfSymbol(property), sub, at);
    }
    // The contract allows more (an index signature, as the error body has): the document may name more.
    if (index) return;
    const known = new Set(properties.map((p) => p.name));
    for (const name of Object.keys(documented))
      if (!known.has(name)) this.report(`${path}.${name}`, 'in the document, not in the contract');
  }
}

/** The names of the component schemas reachable from the operations' answers (request bodies aside). */
export function responseSchemaNames(doc: OpenApiDocument): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    for (const [, name] of (JSON.stringify(node) ?? '').matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) {
      if (names.has(name) || !doc.components.schemas[name]) continue;
      names.add(name);
      visit(doc.components.schemas[name]);
    }
  };
  for (const operations of Object.values(doc.paths)) for (const operation of Object.values(operations)) visit(operation.responses ?? {});
  return names;
}
