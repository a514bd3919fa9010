import { Prop } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/strategy/contract';
import { FOCUS_AREA_CODES } from '@samverkan/strategy/contract';

export class FocusAreaResponse implements C.FocusAreaResponse {
  @Prop.enum(FOCUS_AREA_CODES)
  code!: C.FocusAreaCode;

  @Prop.string()
  titleSv!: string;

  @Prop.string()
  titleEn!: string;

  @Prop.string()
  descriptionSv!: string;

  @Prop.string()
  descriptionEn!: string;
}
