/** The stages Marsad runs, in order. Later capabilities plug in here. */
import { clean } from '../stages/clean/index.js';
import { metadata } from '../stages/metadata/index.js';
import { segment } from '../stages/segment/index.js';
import { entities, entityMentions } from '../stages/entities/index.js';
import { time } from '../stages/time/index.js';
import { quotes } from '../stages/quotes/index.js';
import { events } from '../stages/events/index.js';
import { checkOrder, type Pipeline } from './run.js';

export const defaultPipeline: Pipeline = {
  source: clean,
  stages: [metadata, segment, entityMentions, time, quotes, events],
  corpus: [entities],
};

checkOrder(defaultPipeline);
