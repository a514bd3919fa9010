import type { Role } from './identity';

/**
 * What a signed-in person may do, by role: the only place roles are listed for permissions. The API's
 * route decorators (`@Requires`, `@VisibleTo`), the services' rules, the web's route guards and menus,
 * and the authorization-matrix test all read this table.
 */
export const ROLE_CAPABILITIES = {
  admin: [
    'users.manage',
    'organisations.read',
    'organisations.manage',
    'outbox.read',
    'conferences.manage',
    'registrations.manage',
    'attendance.check-in',
    'messages.send',
    'evaluation.read',
    'agenda.edit',
    'meetings.manage',
    'coverage.read',
    'engagement.view',
    'proposals.read',
    'proposals.write',
    'proposals.read-drafts',
    'proposals.decide',
    'calls.manage',
    'calls.review',
    'strategy.read-drafts',
    'strategy.draft',
    'strategy.comment',
  ],
  'working-committee': [
    'organisations.read',
    'conferences.manage',
    'registrations.manage',
    'attendance.check-in',
    'messages.send',
    'evaluation.read',
    'agenda.edit',
    'meetings.manage',
    'coverage.read',
    'engagement.view',
    'proposals.read',
    'proposals.decide',
    'calls.manage',
    'calls.review',
    'strategy.read-drafts',
    'strategy.draft',
    'strategy.comment',
  ],
  'programme-council': ['proposals.read', 'proposals.write', 'proposals.review', 'calls.review', 'strategy.read-drafts', 'strategy.comment'],
} as const satisfies Record<Role, readonly string[]>;

/**
 * - `users.manage`: accounts and their roles; `organisations.manage`: the organisation register;
 *   `organisations.read`: pick organisations in staff forms; `outbox.read`: the mail outbox.
 * - `conferences.manage`: create and edit conferences and themes, and see drafts.
 * - `registrations.manage`: registrations, waitlists and exports, name badges and printed lists.
 * - `attendance.check-in`: check people in at the door (by QR code or name) and see the live count.
 * - `messages.send`: mail attendees and set reminders; `evaluation.read`: the anonymous evaluation results.
 * - `agenda.edit`: rooms, draft programme, publishing; `meetings.manage`: meetings, minutes, their feed.
 * - `coverage.read`: the focus-area coverage report and the history import.
 * - `engagement.view`: the member organisations' engagement (medlemsnytta), the inactive members,
 *   their exports and the annual summary for the årsmöte; participants' names there also need
 *   `registrations.manage`.
 * - `proposals.read`: the proposal list and comments; `proposals.write`: propose and edit one's own;
 *   `proposals.read-drafts`: see others' drafts too; `proposals.review`: score proposals (the council
 *   only); `proposals.decide`: decide on them in a meeting, and so see every review.
 * - `calls.manage`: open, edit and close a conference's open calls for proposals (and see them outside
 *   their period); `calls.review`: read a call's confirmed submissions and their files, and accept one
 *   as a council proposal or decline it.
 * - `strategy.read-drafts`: see strategy versions that are drafts or in consultation; `strategy.draft`:
 *   create and edit a draft, send it to consultation, adopt it, import an old version's text, and
 *   accept or reject wording proposals; `strategy.comment`: comment on the positions of a version in
 *   consultation and propose new wordings (council, committee, admins).
 */
export type Capability = (typeof ROLE_CAPABILITIES)[Role][number];

export const CAPABILITIES: readonly Capability[] = [...new Set(Object.values(ROLE_CAPABILITIES).flat())];

/** Whether someone with these roles has the capability. No roles (signed out) has none. */
export function can(roles: readonly Role[] | undefined | null, capability: Capability): boolean {
  return (roles ?? []).some((role) => (ROLE_CAPABILITIES[role] as readonly Capability[] | undefined)?.includes(capability) ?? false);
}

/** The roles that have a capability, in the order of the table. */
export function rolesWith(capability: Capability): Role[] {
  return (Object.keys(ROLE_CAPABILITIES) as Role[]).filter((role) => can([role], capability));
}
