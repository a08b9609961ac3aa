export * from './document.js';
export * from './message.js';
export { OffsetText, OffsetTextBuilder } from './offset-text.js';
