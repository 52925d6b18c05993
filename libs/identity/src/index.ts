export * from './invalid-token';
export * from './token-keys';
export * from './tokens';
export * from './verified-tokens';
