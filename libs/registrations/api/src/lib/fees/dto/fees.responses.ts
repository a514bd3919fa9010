import { Prop } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/registrations/contract';
import { ORGANISATION_TYPES, type OrganisationType } from '@samverkan/identity/contract';

export class FeePrice implements C.FeePrice {
  @Prop.enum(ORGANISATION_TYPES)
  organisationType!: OrganisationType;

  @Prop.boolean()
  member!: boolean;

  @Prop.int({ description: 'Excluding VAT, in öre; 0 is free.' })
  amountOre!: number;
}

export class LateCancellationRule implements C.LateCancellationRule {
  @Prop.dateTime({ nullable: true })
  invoicedAfter!: string | null;

  @Prop.boolean()
  noShowInvoiced!: boolean;
}

export class ConferenceFeesResponse implements C.ConferenceFeesResponse {
  @Prop.array(() => FeePrice)
  prices!: FeePrice[];

  @Prop.object(() => LateCancellationRule)
  lateCancellation!: LateCancellationRule;

  @Prop.int()
  vatPercent!: number;
}

export class FeeQuoteResponse implements C.FeeQuoteResponse {
  @Prop.enum(ORGANISATION_TYPES)
  organisationType!: OrganisationType;

  @Prop.boolean()
  member!: boolean;

  @Prop.boolean()
  feeApplies!: boolean;

  @Prop.int({ description: 'Price excluding VAT, in öre.' })
  exVatOre!: number;

  @Prop.int({ description: 'VAT (25 %), in öre, rounded half up.' })
  vatOre!: number;

  @Prop.int()
  totalOre!: number;
}
