import { duplicateInGroup, firstTaken } from './group-rules';

const person = (email: string, firstName = 'Anna') => ({ firstName, lastName: 'Berg', email });

describe('duplicateInGroup', () => {
  it('names the later of two members with the same address, ignoring case', () => {
    const members = [person('a@kommun.se'), person('b@kommun.se'), person('B@Kommun.se', 'Bo')];
    expect(duplicateInGroup(members)).toEqual({ index: 2, position: 3, name: 'Bo Berg', email: 'B@Kommun.se' });
  });

  it('is null when every address is different', () => {
    expect(duplicateInGroup([person('a@kommun.se'), person('b@kommun.se')])).toBeNull();
  });
});

describe('firstTaken', () => {
  it('names the first member in list order whose address is taken', () => {
    const members = [person('a@kommun.se'), person('b@kommun.se', 'Bo'), person('c@kommun.se')];
    expect(firstTaken(members, ['c@kommun.se', 'b@kommun.se'])).toMatchObject({ index: 1, position: 2, name: 'Bo Berg' });
  });

  it('is null when none is taken', () => {
    expect(firstTaken([person('a@kommun.se')], [])).toBeNull();
  });
});
