import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { buildGroupForm, buildMemberForm, toGroupRequest } from './group-form';

describe('group form', () => {
  const fb = () => TestBed.inject(NonNullableFormBuilder);

  it('starts with one member row and is invalid until filled in', () => {
    const form = buildGroupForm(fb(), 'sv');
    expect(form.controls.members.length).toBe(1);
    expect(form.valid).toBe(false);
  });

  it('builds the request with trimmed values, the members in order and the contact in the page language', () => {
    const form = buildGroupForm(fb(), 'sv');
    form.controls.members.push(buildMemberForm(fb(), 'en'));
    form.patchValue({
      contact: { firstName: ' Karin ', lastName: 'Lund', email: 'karin@finspang.se' },
      organisationName: ' Finspångs kommun ',
      organisationType: 'municipality',
      consent: true,
      members: [
        { firstName: 'Anna', lastName: 'Berg', email: 'anna@finspang.se', language: 'sv' },
        { firstName: 'Bo', lastName: 'Ek', email: 'bo@finspang.se', language: 'en' },
      ],
    });
    expect(form.valid).toBe(true);
    expect(toGroupRequest(form.getRawValue(), 'en')).toEqual({
      contact: { firstName: 'Karin', lastName: 'Lund', email: 'karin@finspang.se', language: 'en' },
      organisationName: 'Finspångs kommun',
      organisationType: 'municipality',
      consent: true,
      members: [
        { firstName: 'Anna', lastName: 'Berg', email: 'anna@finspang.se', language: 'sv' },
        { firstName: 'Bo', lastName: 'Ek', email: 'bo@finspang.se', language: 'en' },
      ],
    });
  });
});
