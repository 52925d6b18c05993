export * from './access-denied';
export * from './authorize-command';
export * from './command-policy';
export * from './concordat-command';
export * from './principal';
export * from './read-scope';
export * from './roles';
export * from './operation-policy';
