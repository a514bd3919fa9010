import { coverageParams } from './coverage-api';

describe('coverageParams', () => {
  it('sends only the filters that are set, lists comma-separated', () => {
    expect(coverageParams({ fromYear: 2024, conferenceIds: ['a', 'b'], minShare: 0.1 }).toString()).toBe(
      'fromYear=2024&conferenceIds=a,b&minShare=0.1',
    );
    expect(coverageParams({ conferenceIds: [], toYear: undefined }).toString()).toBe('');
  });
});
