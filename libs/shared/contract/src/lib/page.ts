/** Ids are UUID strings. */
export type Id = string;

/** One page of a list: the items and how many match in all. */
export interface Page<T> {
  items: T[];
  total: number;
}
