export interface Migration {
  /** Applied in ascending order; never reused, never edited once released. */
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
