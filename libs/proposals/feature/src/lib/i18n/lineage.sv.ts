export const texts = {
  proposals: {
    lineage: {
      label: 'Temanas ursprung',
      loading: 'Hämtar temanas ursprung…',
      empty: 'Inget av konferensens teman har ännu kommit från programrådets förslag.',
      line: 'Föreslaget av {{proposer}}, beslutat vid {{meeting}} den {{date}}.',
      lineNoMeeting: 'Föreslaget av {{proposer}}, beslutat den {{date}}.',
      linePublic: 'Ett förslag från programrådet, beslutat den {{date}}.',
      origin: 'Från ett upprop: skickat av {{name}}, {{organisation}}, den {{date}}.',
      originPublic: 'Kom in via ett upprop den {{date}}.',
    },
  },
};
