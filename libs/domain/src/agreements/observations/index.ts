export * from './indicator-observations.events';
export * from './indicator-observations.commands';
export * from './indicator-observations.state';
export * from './indicator-observations.context';
export { ObservationRule } from './indicator-observations.rules';
export * from './indicator-observations.queries';
export * from './indicator-observations.decider';
