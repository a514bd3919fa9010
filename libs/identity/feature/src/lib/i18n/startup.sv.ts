export const texts = {
  roles: {
    admin: 'Administratör',
    'working-committee': 'Arbetsutskottet',
    'programme-council': 'Programrådet',
  },
  organisationTypes: {
    municipality: 'Kommun',
    business: 'Företag',
    region: 'Region',
    'state-agency': 'Statlig myndighet',
    other: 'Annan',
  },
};
