export * from './engagement.events';
export * from './engagement.commands';
export * from './engagement.context';
export * from './engagement.state';
export { EngagementRule } from './engagement.rules';
export * from './engagement.decider';
