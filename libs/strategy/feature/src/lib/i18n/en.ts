import type { Translated } from '@samverkan/shared/ui';
import type { strategySv } from './sv';

/** The strategy domain's texts. English: loaded when someone switches language. */
export const strategyEn: Translated<typeof strategySv> = {
  focusAreas: {
    title: 'Focus areas',
    heading: "The strategy's focus areas",
    intro:
      "Svenska Industrikommuner's strategy names six focus areas. They steer which issues the association pursues and which themes its conferences take up.",
    loading: 'Loading focus areas…',
    empty: 'There are no focus areas to show right now.',
  },
};
