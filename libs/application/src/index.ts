export * from './config.module';
export * from './event-store.module';
export * from './application.module';
export * from './partnerships/partnership-command';
export * from './meetings/meeting-command';
export * from './shared/domain-command-message';
