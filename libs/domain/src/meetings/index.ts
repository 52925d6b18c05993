export * from './meeting.events';
export * from './meeting.commands';
export * from './meeting.context';
export * from './meeting.state';
export { MeetingRule } from './meeting.rules';
export * from './meeting.decider';
export * from './decision-facts';
