import fc from 'fast-check';

/**
 * A value too big to print: it becomes itself only when sent (JSON.stringify calls `toJSON`), and
 * fast-check reports it by its short description, so a failing case stays readable.
 */
export class Oversized {
  constructor(
    private readonly description: string,
    private readonly build: () => unknown,
  ) {}

  toJSON(): unknown {
    return this.build();
  }

  [fc.toStringMethod](): string {
    return this.description;
  }
}

export function repeatedText(unit: string, times: number): Oversized {
  return new Oversized(`${JSON.stringify(unit)} x ${times}`, () => unit.repeat(times));
}

export function longList(item: unknown, length: number): Oversized {
  return new Oversized(`[${fc.stringify(item)} x ${length}]`, () =>
    Array.from({ length }, () => item),
  );
}

/** `{ a: { a: ... } }` nested `depth` deep, where a flat object or a scalar is expected. */
export function deeplyNested(depth: number): Oversized {
  return new Oversized(`an object nested ${depth} deep`, () => {
    let value: Record<string, unknown> = {};
    for (let level = 0; level < depth; level += 1) value = { a: value };
    return value;
  });
}
