export * from './agreement-terms';
export * from './indicator-terms';
export * from './agreement.events';
export * from './agreement.commands';
export * from './agreement.state';
export * from './agreement.context';
export { AgreementRule } from './agreement.rules';
export * from './agreement.decider';
export * from './observations';
