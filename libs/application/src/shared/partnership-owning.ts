/** The partnership an aggregate's state belongs to, or null when it has none (or none yet). */
export function partnershipOwning(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('partnershipId' in state)) return null;
  return typeof state.partnershipId === 'string' ? state.partnershipId : null;
}
