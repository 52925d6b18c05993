export * from './framework.events';
export * from './framework.commands';
export * from './framework.state';
export * from './framework.context';
export { FrameworkRule } from './framework.rules';
export * from './framework-document';
export * from './framework.decider';
