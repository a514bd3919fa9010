import type { Translated } from '@samverkan/shared/ui/startup';
import type { texts as sv } from './startup.sv';

export const texts: Translated<typeof sv> = {
  focusAreas: {
    title: 'Focus areas',
    heading: "The strategy's focus areas",
    intro:
      "Svenska Industrikommuner's strategy names six focus areas. They steer which issues the association pursues and which themes its conferences take up.",
    loading: 'Loading focus areas…',
    strategyLink: 'Read the strategy and its earlier versions',
    empty: 'There are no focus areas to show right now.',
  },
};
