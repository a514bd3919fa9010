/**
 * A subscription link to a calendar feed (https; calendar apps take it as webcal:// too). Shared
 * because the committee and registrations pages ask for links to feeds the calendar domain serves.
 */
export interface CalendarLinkResponse {
  url: string;
}
