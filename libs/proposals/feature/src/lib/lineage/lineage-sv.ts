/**
 * The Swedish texts of <sv-theme-lineage>, loaded with the component (it is shown on the public
 * conference page; the start-up bundle is kept small). English: in the domain's English dictionary.
 */
export const lineageSv = {
  proposals: {
    lineage: {
      label: 'Temanas ursprung',
      loading: 'Hämtar temanas ursprung…',
      empty: 'Inget av konferensens teman har ännu kommit från programrådets förslag.',
      line: 'Föreslaget av {{proposer}}, beslutat vid {{meeting}} den {{date}}.',
      lineNoMeeting: 'Föreslaget av {{proposer}}, beslutat den {{date}}.',
      linePublic: 'Ett förslag från programrådet, beslutat den {{date}}.',
    },
  },
};
