export * from './json';
export * from './canonical-json';
export * from './assert-never';
