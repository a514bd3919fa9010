// Request and response types of the conferences domain: plain TypeScript, shared by api and web.
export interface ConferencesResponse {
  id: string;
}
