export * from './annual/reporting-year';
export * from './annual/annual-report.inputs';
export * from './annual/annual-report.model';
export * from './annual/build-annual-report';
export * from './render/render-annual-report';
export * from './gather/report-sources';
export * from './gather/gather-annual-report';
export * from './gather/annual-report-text';
