export * from './aggregate-stream';
export * from './execute-command';
