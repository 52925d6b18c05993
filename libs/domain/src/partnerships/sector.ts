/** The kinds of organisation that sit in a community planning partnership. */
export const SECTORS = [
  'council',
  'health_board',
  'police',
  'fire_and_rescue',
  'enterprise_agency',
  'college',
  'transport_partnership',
  'third_sector',
  'community_body',
  'government',
  'other',
] as const;

export type Sector = (typeof SECTORS)[number];

export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}
