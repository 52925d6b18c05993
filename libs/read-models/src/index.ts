export * from './infrastructure/projection';
export * from './infrastructure/projection-runner';
export * from './infrastructure/rebuild-projection';
export * from './infrastructure/read-model-data-source';
export * from './infrastructure/projection-state.migration';
export * from './infrastructure/table-digest';
export * from './audit-log/audit-log.projection';
export * from './audit-log/audit-log-entry.entity';
