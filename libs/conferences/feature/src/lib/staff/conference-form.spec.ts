import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { aConference } from '../../testing/fixtures';
import {
  buildConferenceForm,
  isoToWallTime,
  toConferenceFormValue,
  toConferenceRequest,
  toggleCode,
  wallTimeToIso,
} from './conference-form';

describe('conference form', () => {
  const form = () => TestBed.runInInjectionContext(() => buildConferenceForm(TestBed.inject(NonNullableFormBuilder)));

  it('turns Stockholm wall time into ISO 8601 with the offset in force that day', () => {
    expect(wallTimeToIso({ date: '2027-04-14', time: '09:00' })).toBe('2027-04-14T09:00:00+02:00');
    expect(wallTimeToIso({ date: '2027-01-20', time: '13:30' })).toBe('2027-01-20T13:30:00+01:00');
    // Seconds from a browser's time input are ignored; an optional moment without a date is null.
    expect(wallTimeToIso({ date: '2027-01-20', time: '13:30:15' })).toBe('2027-01-20T13:30:00+01:00');
    expect(wallTimeToIso({ date: '', time: '00:00' })).toBeNull();
  });

  it('shows an instant from the API as Stockholm date and time, whatever offset it was written with', () => {
    expect(isoToWallTime('2027-04-14T07:00:00Z', '00:00')).toEqual({ date: '2027-04-14', time: '09:00' });
    expect(isoToWallTime(null, '23:59')).toEqual({ date: '', time: '23:59' });
  });

  it('requires title, start, end, capacity and at least one focus area', () => {
    const f = form();
    expect(f.valid).toBe(false);
    expect(
      Object.entries(f.controls)
        .filter(([, c]) => c.invalid)
        .map(([name]) => name),
    ).toEqual(['titleSv', 'startsAt', 'endsAt', 'focusAreaCodes']);
    f.patchValue(toConferenceFormValue(aConference()));
    expect(f.valid).toBe(true);
    f.controls.capacity.setValue(-1);
    expect(f.controls.capacity.errors).toEqual({ min: { min: 0, actual: -1 } });
  });

  it('builds the request: trimmed texts, empty optional ones as null, times with offset', () => {
    const f = form();
    f.patchValue({
      titleSv: '  Höstkonferens 2027 ',
      titleEn: ' ',
      venue: 'Folkets hus',
      startsAt: { date: '2027-10-05', time: '10:00' },
      endsAt: { date: '2027-10-06', time: '15:00' },
      capacity: 1,
      registrationClosesAt: { date: '2027-10-01', time: '23:59' },
      focusAreaCodes: ['skills'],
    });
    expect(toConferenceRequest(f.getRawValue())).toEqual({
      titleSv: 'Höstkonferens 2027',
      titleEn: null,
      descriptionSv: null,
      descriptionEn: null,
      hostOrganisationId: null,
      venue: 'Folkets hus',
      address: null,
      startsAt: '2027-10-05T10:00:00+02:00',
      endsAt: '2027-10-06T15:00:00+02:00',
      capacity: 1,
      registrationOpensAt: null,
      registrationClosesAt: '2027-10-01T23:59:00+02:00',
      focusAreaCodes: ['skills'],
    });
  });

  it('gives back the same conference when an existing one is loaded and saved unchanged', () => {
    const conference = aConference({ registrationOpensAt: '2027-02-01T08:00:00+01:00' });
    const request = toConferenceRequest(toConferenceFormValue(conference));
    expect(request).toMatchObject({
      titleSv: conference.titleSv,
      hostOrganisationId: 'o-1',
      startsAt: conference.startsAt,
      endsAt: conference.endsAt,
      registrationOpensAt: conference.registrationOpensAt,
      registrationClosesAt: null,
      focusAreaCodes: ['skills', 'infrastructure'],
    });
  });

  it('keeps the focus areas in their own order, whatever the click order', () => {
    const order = ['infrastructure', 'digitalisation', 'skills'] as const;
    const picked = toggleCode(toggleCode([], 'skills', true, order), 'infrastructure', true, order);
    expect(picked).toEqual(['infrastructure', 'skills']);
    expect(toggleCode(picked, 'skills', false, order)).toEqual(['infrastructure']);
  });
});
