export * from './shared';
export * from './partnerships';
