import { html, type Html } from '../html.js';

/** A section with nothing to show says so, so a reader can tell "none found" from "not drawn". */
export function empty(what: string): Html {
  return html`<p class="empty">${what}</p>`;
}

/** A section of a story with its heading and an anchor the story's table of contents links to. */
export function section(storyAnchor: string, key: string, title: string, count: number | null, body: Html): Html {
  return html`<section class="part" id="${storyAnchor}-${key}" aria-labelledby="${storyAnchor}-${key}-h">
<h3 id="${storyAnchor}-${key}-h">${title}${count === null ? '' : html` <small class="count">(${count})</small>`}</h3>
${body}
</section>`;
}
