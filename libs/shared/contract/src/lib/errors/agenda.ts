import type { ErrorText } from './error-text';

/** Error codes of the agenda domain, `agenda.<what>`, with their texts (see errors.ts). */
export const AGENDA_ERRORS = {
  'agenda.conference-not-found': {
    sv: 'Konferensen finns inte.',
    en: 'The conference does not exist.',
  },
  'agenda.room-not-found': {
    sv: 'Lokalen finns inte. Den kan ha tagits bort; läs in sidan igen.',
    en: 'The room does not exist. It may have been removed; reload the page.',
  },
  'agenda.item-not-found': {
    sv: 'Programpunkten finns inte. Den kan ha tagits bort; läs in sidan igen.',
    en: 'The programme item does not exist. It may have been removed; reload the page.',
  },
  'agenda.item-not-published': {
    sv: 'Programpunkten finns inte i något publicerat program.',
    en: 'The programme item is not in any published programme.',
  },
  'agenda.not-published': {
    sv: 'Programmet är inte publicerat ännu.',
    en: 'The programme has not been published yet.',
  },
  'agenda.stale-edit': {
    sv: 'Någon annan har ändrat programpunkten medan du redigerade. Jämför med den aktuella versionen och spara igen.',
    en: 'Someone else changed the programme item while you were editing. Compare with the current version and save again.',
  },
  'agenda.unknown-room': {
    sv: 'Lokalen hör inte till konferensen. Välj en av konferensens lokaler.',
    en: 'The room does not belong to the conference. Choose one of the conference’s rooms.',
  },
  'agenda.unknown-theme': {
    sv: 'Temat hör inte till konferensen. Välj ett av konferensens teman.',
    en: 'The theme does not belong to the conference. Choose one of the conference’s themes.',
  },
  'agenda.inconsistent-item': {
    sv: 'Tiderna eller platserna går inte ihop: ange både start och slut (slutet efter starten) och antal platser för anmälan.',
    en: 'The times or places do not fit together: give both a start and an end (the end after the start) and the number of places for sign-up.',
  },
  'agenda.not-a-candidate': {
    sv: 'Förslaget är inte ett antaget förslag till programpunkt för den här konferensen.',
    en: 'The proposal is not an accepted programme item proposal for this conference.',
  },
  'agenda.already-imported': {
    sv: 'Förslaget finns redan i programmet.',
    en: 'The proposal is already in the programme.',
  },
  'agenda.conference-not-public': {
    sv: 'Publicera konferensen innan programmet publiceras. En inställd konferens får inget nytt program.',
    en: 'Publish the conference before its programme. A cancelled conference gets no new programme.',
  },
  'agenda.unchanged': {
    sv: 'Inget har ändrats sedan förra publiceringen (version {version}).',
    en: 'Nothing has changed since the last publication (version {version}).',
  },
  'agenda.conflicts-unacknowledged': {
    sv: 'Programmet har konflikter ({count}). Bekräfta att du vill publicera ändå.',
    en: 'The programme has conflicts ({count}). Confirm that you want to publish anyway.',
  },
  'agenda.speaker-not-found': {
    sv: 'Talaren finns inte i talarregistret. Posten kan ha slagits ihop med en annan; läs in sidan igen.',
    en: 'The speaker is not in the speaker register. The entry may have been merged with another; reload the page.',
  },
  'agenda.unknown-speaker': {
    sv: 'En av talarna finns inte i talarregistret. Läs in sidan igen och välj på nytt.',
    en: 'One of the speakers is not in the speaker register. Reload the page and choose again.',
  },
  'agenda.speaker-merge-self': {
    sv: 'Välj en annan talare att slå ihop med.',
    en: 'Choose another speaker to merge with.',
  },
  'agenda.speaker-not-on-item': {
    sv: 'Talaren medverkar inte i programpunkten.',
    en: 'The speaker is not part of the programme item.',
  },
  'agenda.speaker-without-email': {
    sv: 'Talaren har ingen e-postadress. Lägg till en i talarregistret först.',
    en: 'The speaker has no e-mail address. Add one in the speaker register first.',
  },
  'agenda.invitation-not-found': {
    sv: 'Länken gäller inte. Den kan ha ersatts av en nyare inbjudan; fråga den som bjöd in dig.',
    en: 'The link is not valid. It may have been replaced by a newer invitation; ask the person who invited you.',
  },
} as const satisfies Record<string, ErrorText>;
