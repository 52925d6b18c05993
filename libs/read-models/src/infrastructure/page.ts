/** One page of a keyset-paginated list: `first` items after the opaque cursor `after`. */
export interface PageRequest {
  readonly first: number;
  readonly after?: string | null;
}

export interface PageOf<T> {
  readonly items: readonly T[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
}

/**
 * Cuts a page from rows fetched with a limit of `first + 1`: the extra row only says there is
 * another page.
 */
export function pageFrom<T>(
  rows: readonly T[],
  first: number,
  cursorOf: (row: T) => string,
): PageOf<T> {
  const items = rows.slice(0, first);
  const last = items.at(-1);
  return {
    items,
    hasNextPage: rows.length > first,
    endCursor: last === undefined ? null : cursorOf(last),
  };
}

/** The largest page the read models give. */
const LARGEST_PAGE = 100;

/** Every item of a paged list, page by page: for callers that need the whole of it. */
export async function everyPage<T>(list: (page: PageRequest) => Promise<PageOf<T>>): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: PageOf<T> = await list({ first: LARGEST_PAGE, after });
    items.push(...page.items);
    if (!page.hasNextPage) return items;
    after = page.endCursor;
  }
}
