/** A tree of texts, as in the web's dictionaries (leaves are texts). */
export interface TextTree {
  readonly [key: string]: string | TextTree;
}

/** Every leaf's dotted key: `{ a: { b: 'x' } }` → `['a.b']`. */
export function leafKeys(tree: TextTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`)));
}

/** The value at a dotted key, or undefined. */
export function lookup(tree: TextTree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

/** Every text with its dotted key. */
export function leafTexts(tree: TextTree): Record<string, string> {
  return Object.fromEntries(leafKeys(tree).map((key) => [key, lookup(tree, key) as string]));
}

/** The keys that are not a text in every one of the trees. */
export function missingKeys(keys: readonly string[], ...trees: TextTree[]): string[] {
  return keys.filter((key) => trees.some((tree) => typeof lookup(tree, key) !== 'string'));
}

/** The keys whose text is empty or only white space. */
export function emptyKeys(tree: TextTree): string[] {
  return leafKeys(tree).filter((key) => !String(lookup(tree, key)).trim());
}
