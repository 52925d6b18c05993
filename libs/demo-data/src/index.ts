export type { DemoStep } from './demo-step';
export { orkneyDemo } from './orkney-demo';
export { DEMO_GRANTS } from './orkney/demo-grants';
