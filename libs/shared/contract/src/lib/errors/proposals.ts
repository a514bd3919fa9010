import type { ErrorText } from './error-text';

/** Error codes of the proposals domain, `proposals.<what>`, with their texts (see errors.ts). */
export const PROPOSALS_ERRORS = {
  'proposals.not-found': {
    sv: 'Förslaget finns inte. Kontrollera adressen eller gå tillbaka till listan med förslag.',
    en: 'That proposal does not exist. Check the address or go back to the list of proposals.',
  },
  'proposals.unknown-conference': {
    sv: 'Konferensen finns inte. Välj en annan konferens.',
    en: 'That conference does not exist. Choose another conference.',
  },
  'proposals.not-proposer': {
    sv: 'Bara förslagsställaren kan ändra förslaget.',
    en: 'Only the person who made the proposal can change it.',
  },
  'proposals.not-editable': {
    sv: 'Förslaget kan bara ändras som utkast eller när det har skickats tillbaka.',
    en: 'A proposal can only be changed as a draft or when it has been sent back.',
  },
  'proposals.not-submittable': {
    sv: 'Bara utkast eller återskickade förslag kan lämnas in.',
    en: 'Only drafts and proposals that were sent back can be submitted.',
  },
  'proposals.not-withdrawable': {
    sv: 'Förslaget är redan beslutat eller tillbakadraget och kan inte dras tillbaka.',
    en: 'The proposal has already been decided on or withdrawn, so it cannot be withdrawn.',
  },
  'proposals.draft-not-commentable': {
    sv: 'Ett utkast kan inte kommenteras. Vänta tills förslaget har lämnats in.',
    en: 'A draft cannot be commented on. Wait until the proposal has been submitted.',
  },
  'proposals.own-proposal-review': {
    sv: 'Du kan inte granska ditt eget förslag.',
    en: 'You cannot review your own proposal.',
  },
  'proposals.not-reviewable': {
    sv: 'Förslaget kan inte granskas med sin nuvarande status. Bara inlämnade förslag som inte är beslutade granskas.',
    en: 'The proposal cannot be reviewed in its current status. Only submitted proposals not yet decided on are reviewed.',
  },
  'proposals.not-decidable': {
    sv: 'Förslaget ”{title}” är inte inlämnat för beslut.',
    en: 'The proposal “{title}” has not been submitted for a decision.',
  },
} as const satisfies Record<string, ErrorText>;
