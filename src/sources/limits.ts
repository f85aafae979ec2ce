/** Largest input read into memory as one document (bytes). */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
