import { Prop } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/strategy/contract';
import { FOCUS_AREA_CODE_SCHEMA } from '@samverkan/strategy/contract';

export class FocusAreaResponse implements C.FocusAreaResponse {
  @Prop.string(FOCUS_AREA_CODE_SCHEMA)
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
