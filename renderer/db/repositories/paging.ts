/** Paging through an index: a window of `limit` rows after skipping `offset`. */

/** Which rows of a list to read. */
export interface PageRequest {
  offset?: number;
  limit: number;
}
