/** A cursor the caller could not have got from us: garbage, truncated, or from another list. */
export class InvalidCursorError extends Error {
  constructor(cursor: string) {
    super(`the cursor ${JSON.stringify(cursor.slice(0, 40))} is not one this list gave out`);
    this.name = 'InvalidCursorError';
  }
}

/**
 * Keyset cursors: the sort key of the last item seen, as opaque base64url, so clients treat
 * them as tokens and the key can change shape without breaking anyone's assumptions.
 */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values.map(String)), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): string[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  if (!isListOfText(values) || values.length !== arity) throw new InvalidCursorError(cursor);
  return values;
}

function isListOfText(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
