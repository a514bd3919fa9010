import { EMPTY_ATTENDEE_FILTER, attendeeQueryParams, isFiltered } from './attendee-query';

describe('attendeeQueryParams', () => {
  it('sends only paging when no filter is in use', () => {
    expect(attendeeQueryParams(EMPTY_ATTENDEE_FILTER, { index: 0, size: 25 })).toEqual({ limit: '25', offset: '0' });
  });

  it('sends the filters in use, the search trimmed, and the offset of the page', () => {
    expect(
      attendeeQueryParams({ search: '  Finspång ', status: 'waitlisted', organisationType: 'state-agency' }, { index: 2, size: 50 }),
    ).toEqual({ search: 'Finspång', status: 'waitlisted', organisationType: 'state-agency', limit: '50', offset: '100' });
  });

  it('leaves out a search of only spaces and keeps limit and offset inside what the API accepts', () => {
    expect(attendeeQueryParams({ ...EMPTY_ATTENDEE_FILTER, search: '   ' }, { index: -1, size: 1000 })).toEqual({
      limit: '500',
      offset: '0',
    });
    expect(attendeeQueryParams(EMPTY_ATTENDEE_FILTER, { index: 1, size: 0 })).toEqual({ limit: '1', offset: '1' });
  });
});

describe('isFiltered', () => {
  it('is true when any filter narrows the list', () => {
    expect(isFiltered(EMPTY_ATTENDEE_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_ATTENDEE_FILTER, search: ' ' })).toBe(false);
    expect(isFiltered({ ...EMPTY_ATTENDEE_FILTER, status: 'cancelled' })).toBe(true);
    expect(isFiltered({ ...EMPTY_ATTENDEE_FILTER, organisationType: 'business' })).toBe(true);
  });
});
