export * from './shared';
export * from './partnerships';
export * from './meetings';
export * from './engagement';
export * from './commitments';
