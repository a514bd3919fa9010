/**
 * The identity domain's texts needed from the start: roles, organisation types. Swedish: bundled,
 * it is the default language. The login page's texts are in `pages-sv.ts`, the staff pages' (role homes,
 * users, organisations) in `staff-sv.ts`, each loaded with its pages.
 */
export const identitySv = {
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
