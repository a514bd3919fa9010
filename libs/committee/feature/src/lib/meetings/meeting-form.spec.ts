import { TestBed } from '@angular/core/testing';
import { FormControl, NonNullableFormBuilder } from '@angular/forms';
import type { MeetingResponse } from '@samverkan/committee/contract';
import { buildMeetingForm, httpsUrl, meetingFormValue, toMeetingRequest } from './meeting-form';

describe('meeting form', () => {
  const form = () => buildMeetingForm(TestBed.inject(NonNullableFormBuilder));

  it('turns Stockholm wall time into ISO with the offset of the day (winter and summer)', () => {
    const f = form();
    f.patchValue({ title: ' Sammanträde 3/2027 ', date: '2027-03-02', startTime: '09:00', endTime: '11:30', place: '', videoLink: '' });
    expect(toMeetingRequest(f.getRawValue())).toEqual({
      title: 'Sammanträde 3/2027',
      startsAt: '2027-03-02T09:00:00+01:00',
      endsAt: '2027-03-02T11:30:00+01:00',
      place: null,
      videoLink: null,
      participantIds: [],
    });
    f.patchValue({ date: '2027-06-15', endTime: '' });
    expect(toMeetingRequest(f.getRawValue())).toMatchObject({ startsAt: '2027-06-15T09:00:00+02:00', endsAt: null });
  });

  it('requires title and date, and an end after the start', () => {
    const f = form();
    expect(f.controls.title.errors).toEqual({ required: true });
    expect(f.controls.date.errors).toEqual({ required: true });
    f.patchValue({ title: 'Möte', date: '2027-03-02', startTime: '10:00', endTime: '09:00' });
    expect(f.errors).toEqual({ endBeforeStart: true });
    f.patchValue({ endTime: '12:00' });
    expect(f.valid).toBe(true);
  });

  it('accepts only https video links', () => {
    expect(httpsUrl(new FormControl('', { nonNullable: true }))).toBeNull();
    expect(httpsUrl(new FormControl('https://meet.example.se/au', { nonNullable: true }))).toBeNull();
    expect(httpsUrl(new FormControl('http://meet.example.se/au', { nonNullable: true }))).toEqual({ https: true });
    expect(httpsUrl(new FormControl('inte en länk', { nonNullable: true }))).toEqual({ https: true });
  });

  it('fills the form from a meeting in Stockholm wall time, without the chair, and gives the same request back', () => {
    const meeting = {
      title: 'Sammanträde 4/2027',
      startsAt: '2027-10-31T12:00:00Z', // 13:00 in Stockholm (winter time since that night)
      endsAt: '2027-10-31T14:30:00Z',
      place: 'Stadshuset, Fagersta',
      videoLink: null,
      chairId: 'u-ulla',
      participants: [
        { userId: 'u-ulla', name: 'Ulla', email: 'u@x.se', present: null },
        { userId: 'u-ada', name: 'Ada', email: 'a@x.se', present: null },
      ],
    } as unknown as MeetingResponse;
    const value = meetingFormValue(meeting);
    expect(value).toEqual({
      title: 'Sammanträde 4/2027',
      date: '2027-10-31',
      startTime: '13:00',
      endTime: '15:30',
      place: 'Stadshuset, Fagersta',
      videoLink: '',
      participantIds: ['u-ada'],
    });
    const f = form();
    f.reset(value);
    expect(toMeetingRequest(f.getRawValue())).toEqual({
      title: 'Sammanträde 4/2027',
      startsAt: '2027-10-31T13:00:00+01:00',
      endsAt: '2027-10-31T15:30:00+01:00',
      place: 'Stadshuset, Fagersta',
      videoLink: null,
      participantIds: ['u-ada'],
    });
  });
});
