import { JSDOM, VirtualConsole } from 'jsdom';
import { ReferenceDecoder } from './references.js';

/** A parsed page: the DOM with source locations for every node, and the html it came from. */
export interface Page {
  html: string;
  dom: JSDOM;
  doc: Document;
  refs: ReferenceDecoder;
}

/**
 * Parses without running scripts or loading anything, and with a silent console: a page's broken CSS is not our
 * error to print. Locations are what lets every extracted character point back into `html`.
 */
export function parsePage(html: string): Page {
  const dom = new JSDOM(html, { includeNodeLocations: true, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  return { html, dom, doc, refs: new ReferenceDecoder(doc) };
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE;
}
