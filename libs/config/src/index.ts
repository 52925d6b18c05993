export * from './concordat-config';
