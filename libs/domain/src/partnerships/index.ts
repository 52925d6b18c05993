export * from './sector';
export * from './partnership.events';
export * from './partnership.commands';
export * from './partnership.state';
export * from './partnership.rules';
export * from './partnership.decider';
export * from './partnership.upcasters';
export * from './partnership.personal-data';
