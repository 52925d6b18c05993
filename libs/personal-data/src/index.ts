export * from './sealed-value';
export { SealedValueAltered, openValue, sealValue } from './personal-data-cipher';
export * from './personal-data-keys';
export * from './sql-personal-data-keys';
export { openEventData } from './seal-event';
export * from './personal-data-protecting-event-store';
