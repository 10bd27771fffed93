export { timeStage } from './stage.js';
export { findTimes, type FindTimesOptions } from './annotate.js';
export { eventDates, type EventDate } from './event-dates.js';
