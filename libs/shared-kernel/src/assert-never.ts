/** Ends every exhaustive switch: adding a case to a union without handling it fails to compile. */
export function assertNever(value: never, context = 'value'): never {
  throw new Error(`Unhandled ${context}: ${JSON.stringify(value)}`);
}
