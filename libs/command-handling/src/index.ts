export * from './aggregate-cache';
export * from './aggregate-stream';
export type { CommandOutcome, HandledCommands } from './command-record';
export * from './execute-command';
export type { AggregateFold, LoadedAggregate } from './stream-fold';
