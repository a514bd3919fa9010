// Request and response types of the registrations domain: plain TypeScript, shared by api and web.
export interface RegistrationsResponse {
  id: string;
}
