import { Prop } from '@samverkan/shared/api-http';
import type * as C from '@samverkan/calendar/contract';

/** A subscription link (https; calendar apps take it as webcal:// too). */
export class CalendarLinkResponse implements C.CalendarLinkResponse {
  @Prop.uri({ example: 'https://samverkan.example/api/calendar/meetings/3q2-….ics' })
  url!: string;
}
