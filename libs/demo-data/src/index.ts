export type { DemoStep } from './demo-step';
export { orkneyDemo } from './orkney-demo';
