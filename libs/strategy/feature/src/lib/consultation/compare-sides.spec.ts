import { diffWords } from '@samverkan/strategy/contract';
import { hasChanges, sides } from './compare-sides';

describe('compare sides', () => {
  it('splits a word diff into the older and the newer text', () => {
    const words = diffWords('Fossilfri el ska prioriteras', 'Fossilfri el måste prioriteras nu');
    const { before, after } = sides(words);
    expect(before.map((w) => w.text).join(' ')).toBe('Fossilfri el ska prioriteras');
    expect(after.map((w) => w.text).join(' ')).toBe('Fossilfri el måste prioriteras nu');
    expect(before.some((w) => w.kind === 'added')).toBe(false);
    expect(after.some((w) => w.kind === 'removed')).toBe(false);
    expect(hasChanges(words)).toBe(true);
    expect(hasChanges(diffWords('Samma text', 'Samma  text'))).toBe(false);
  });
});
