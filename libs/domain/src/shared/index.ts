export * from './decision-reference';
export * from './calendar-date';
