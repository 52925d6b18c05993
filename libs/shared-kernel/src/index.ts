export * from './json';
export * from './canonical-json';
export * from './assert-never';
export * from './messages';
export * from './decider';
export * from './rule-violation';
export * from './upcasting';
export * from './deterministic-uuid';
