import type { DocumentParentPolicy } from './document-parents';
import { DocumentParents } from './document-parents';

const policy = (parentType: DocumentParentPolicy['parentType']): DocumentParentPolicy => ({
  parentType,
  mayRead: async () => true,
  mayAttach: async () => false,
});

describe('DocumentParents', () => {
  it('knows a parent type once its policy is registered, and only then', () => {
    const parents = new DocumentParents();
    expect(parents.policy('speaker')).toBeUndefined();
    const speaker = policy('speaker');
    parents.register(speaker);
    expect(parents.policy('speaker')).toBe(speaker);
    expect(parents.registeredTypes()).toEqual(['speaker']);
  });

  it('answers nothing for a type that does not exist, even one named like an object property', () => {
    const parents = new DocumentParents();
    parents.register(policy('proposal'));
    expect(parents.policy('constructor')).toBeUndefined();
    expect(parents.policy('__proto__')).toBeUndefined();
  });

  it('refuses a second policy for the same type', () => {
    const parents = new DocumentParents();
    parents.register(policy('agenda-item'));
    expect(() => parents.register(policy('agenda-item'))).toThrow('already registered');
  });
});
