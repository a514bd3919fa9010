/** The kinds of object files can be attached to; each is owned by a domain that decides who may see them. */
export const DOCUMENT_PARENT_TYPES = ['meeting-item', 'proposal', 'agenda-item', 'speaker', 'call-submission'] as const;
export type DocumentParentType = (typeof DOCUMENT_PARENT_TYPES)[number];

/** 201 of `POST /api/documents`. */
export interface DocumentUploadedResponse {
  id: string;
  fileName: string;
  /** The type read from the file's first bytes, not the one the browser claimed. */
  contentType: string;
  size: number;
}

/** One file of `GET /api/documents?parentType=&parentId=`. */
export interface DocumentSummary {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: string;
}

/** The largest file the API accepts (25 MB). */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;
