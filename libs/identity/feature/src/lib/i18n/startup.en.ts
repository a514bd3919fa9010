import type { Translated } from '@samverkan/shared/ui/startup';
import type { texts as sv } from './startup.sv';

export const texts: Translated<typeof sv> = {
  roles: {
    admin: 'Administrator',
    'working-committee': 'Working committee',
    'programme-council': 'Programme council',
  },
  organisationTypes: {
    municipality: 'Municipality',
    business: 'Business',
    region: 'Region',
    'state-agency': 'Government agency',
    other: 'Other',
  },
};
