/**
 * What recording an influence needs to know about its target, from the stream that owns it (the
 * agreement for outcomes, indicators and sections; the commitment's own stream). Only
 * RecordEngagementInfluence reads it; the other commands' handlers pass nothing.
 */
export interface EngagementContext {
  readonly targetExists: boolean;
}
