// The rule for which price applies, in SQL, once: the registration's one read (registration-reads.ts)
// and the fee quote (RegistrationFees.feeFor) both build on it. Arguments are SQL expressions
// (parameters or columns) of a uuid, a uuid and a text.

/** Whether the organisation is a member: false when it is unknown or none is given. */
export function memberSql(organisationId: string): string {
  return `coalesce((SELECT o.member FROM organisations o WHERE o.id = ${organisationId}), false)`;
}

/** The price in öre for the organisation type, at the member or the standard price; 0 when the conference sets none. */
export function feeAmountSql(conferenceId: string, organisationType: string, organisationId: string): string {
  return `coalesce((SELECT f.amount_ore FROM conference_fees f
                     WHERE f.conference_id = ${conferenceId} AND f.organisation_type = ${organisationType}
                       AND f.member = ${memberSql(organisationId)}), 0)`;
}
