// Author text that the widget clamps (heading, source, names): the text in, the class and content
// of its element out. A hedge it ends with ("(reported)", ", selon l'AFP") is set apart from the
// clamped words, so a clamp can only cut the words before it.
import { html, type TemplateResult } from 'lit';
import { splitHedge } from '../layout/hedge.js';

/**
 * `clamp` and the text when it ends with no hedge; else `hedged` and the words (clamped) followed by
 * the hedge (never clamped). The space between them, when the text has one, stays for text readers
 * (server renders, copy and paste); the stylesheet sets the gap.
 */
export function clampedText(text: string): [string, TemplateResult | string] {
  const { body, hedge } = splitHedge(text);
  if (!hedge) return ['clamp', text];
  const spaced = /^\s/.test(hedge);
  const end = html`<span class="hedge ${spaced ? 'spaced' : ''}">${hedge.trimStart()}</span>`;
  return ['hedged', html`<span class="clamp">${body}</span>${spaced ? ' ' : ''}${end}`];
}
