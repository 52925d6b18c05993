export * from './shared';
export * from './partnerships';
export * from './meetings';
export * from './engagement';
export * from './commitments';
export * from './frameworks';
export * from './agreements';
export * from './personal-data';
