// Shared styles: public --lede-* tokens mapped to private --_* values per theme, the frame every
// widget draws in, the visually hidden helper and print rules.
import { css, unsafeCSS } from 'lit';
import { FRAME, HEADING, SOURCE } from './metrics.js';
import { DARK_PADDING_X } from './theme.js';

export const baseStyles = css`
  :host {
    display: block;
    contain: content;
    font-family: var(--lede-font-family, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    --_text: var(--lede-color-text, #1b1b1b);
    --_muted: var(--lede-color-muted, #595959);
    --_background: var(--lede-color-background, #ffffff);
    --_accent: var(--lede-color-accent, #0b5cad);
    --_planned: var(--lede-color-planned, #6e95c4);
    --_track: var(--lede-color-track, #e2e6eb);
    --_error: var(--lede-color-error, #a4262c);
    box-sizing: border-box;
    margin: 0;
    padding: ${unsafeCSS(`var(--lede-padding, ${FRAME.paddingY}px 0)`)};
    color: var(--_text);
    background: var(--_background);
    /* Fonts come from the page; the other inherited text properties a page may set on the element
       or its ancestors (spacing, case, alignment) are reset so they cannot distort the chart. */
    font-style: normal;
    font-weight: 400;
    /* The widget writes English, French or Japanese, all left to right, also on a right-to-left
       page. Its layouts place SVG text for left-to-right anchors: an inherited rtl would flip
       text-anchor (start would mean the right edge) and throw labels onto their neighbours. */
    direction: ltr;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    line-height: ${FRAME.lineHeight};
  }
  .frame.dark {
    --_text: var(--lede-color-text, #f1f1f1);
    --_muted: var(--lede-color-muted, #b4b4b4);
    --_background: var(--lede-color-background, #16181b);
    --_accent: var(--lede-color-accent, #6cb2ff);
    --_planned: var(--lede-color-planned, #4d79a8);
    --_track: var(--lede-color-track, #30353c);
    --_error: var(--lede-color-error, #ff9b9b);
    /* A dark box is visible on most pages: keep its text off the edges. */
    padding: ${unsafeCSS(`var(--lede-padding, ${FRAME.paddingY}px ${DARK_PADDING_X}px)`)};
  }
  /*
   * The chart box keeps its widget's shape before anything is drawn in it: no layout shift. What it
   * holds (drawing, placeholder, error) is laid over it, out of the flow: for a box with an
   * aspect-ratio and a child of height: 100%, WebKit cuts the ratio to 1/64 (a 4 / 3 map box was
   * 240.94 px high at 320 px) and gives the child the height before max-height (a 427 px error box
   * in a 360 px gauge box at 640 px).
   */
  .chart {
    position: relative;
    width: 100%;
    aspect-ratio: var(--_aspect, 4 / 3);
    max-height: var(--_max-height, none);
  }
  /* Each paragraph takes its direction, and the side it starts from, from its own text: an Arabic
     heading reads right to left, the widget's English or French sentences left to right, also when
     they quote an Arabic name. */
  .frame :is(figcaption, p, li) {
    unicode-bidi: plaintext;
  }
  /* Japanese lines break between phrases, never inside "2025年3月14日" (Chromium 119+: BudouX
     built in), where other engines (Firefox, Safari) break between any two characters; the strict
     line-break rules, which all three follow, at least keep small kana and marks off a line's start. */
  .frame:lang(ja) {
    word-break: auto-phrase;
    line-break: strict;
  }
  .chart > svg {
    position: absolute;
    inset: 0;
    display: block;
    width: 100%;
    height: 100%;
  }
  /* Shown in the reserved box while data or geometry is on its way. Laid over the box, out of its
     flow: WebKit resolves a percentage height inside a box sized by aspect-ratio with the ratio
     rounded to 1/64 (4 / 3 as 85 / 64), and a \`height: 100%\` block grew a 400 px map's box from
     300 to 301.2 px, which shrank back when the map arrived. */
  .placeholder {
    position: absolute;
    inset: 0;
    border-radius: 4px;
    background: var(--_track);
    opacity: 0.5;
  }
  .heading {
    margin: ${unsafeCSS(`0 0 ${HEADING.gap}px`)};
    font-size: ${unsafeCSS(`var(--lede-font-size-heading, ${HEADING.size}em)`)};
    font-weight: 700;
    --_lines: ${HEADING.lines};
  }
  .source {
    margin: ${unsafeCSS(`${SOURCE.gap}px 0 0`)};
    font-size: ${unsafeCSS(`${SOURCE.size}em`)};
    color: var(--_muted);
  }
  /*
   * Text from the author (class "clamp"): a runaway heading, source, label or name (a CMS pasting
   * a whole article) is cut after --_lines lines with an ellipsis instead of pushing the chart off
   * the page. The full text stays in the DOM, so assistive technology still reads all of it.
   * Unbroken strings wrap anywhere rather than overflow the widget sideways.
   */
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: ${unsafeCSS(`var(--_lines, ${SOURCE.lines})`)};
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  /* Items left out while the rest was drawn: one line below the chart, outside its reserved box. */
  .dropped {
    margin: 4px 0 0;
    font-size: 0.8em;
    color: var(--_muted);
  }
  /* Clamped text that ends with a hedge ("(reported)"): the words are clamped, the hedge follows
     them on their last line when it fits, else on a line of its own, never cut. */
  .hedged {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
  }
  .hedged > .clamp {
    min-width: 0;
  }
  .hedge {
    flex: none;
    max-width: 100%;
  }
  .hedge.spaced {
    margin-inline-start: 0.3em;
  }
  /* A message too long for the box scrolls inside it, from its title. */
  .error {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    justify-content: safe center;
    overflow: auto;
    padding: 12px;
    border: 1px dashed var(--_muted);
    color: var(--_error);
    font-size: 0.9em;
  }
  .error p {
    margin: 0 0 4px;
  }
  .error strong {
    color: var(--_text);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media print {
    .frame,
    .frame.dark {
      --_text: #000;
      --_muted: #333;
      --_background: transparent;
      --_accent: #222;
      --_planned: #8c8c8c;
      --_track: #dcdcdc;
    }
  }
`;
