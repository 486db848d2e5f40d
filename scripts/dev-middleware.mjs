// Dev server and test runner: the outline modules are TypeScript in src/countries/, but widgets
// ask for them at run time as ./countries/XXX.js (the built name); serve the .ts in their place.
import { Buffer } from 'node:buffer';

export function countriesAsTs(context, next) {
  context.url = context.url.replace(/^(\/src\/countries\/[A-Z]{3})\.js(\?.*)?$/, '$1.ts$2');
  return next();
}

/**
 * The gallery's static view: POST /__lede/static with `{ widget, fields, options }` answers
 * `{ html, png, issues }` from the built server render (dist/server; `npm start` builds it), the
 * PNG as base64.
 */
export async function staticRenders(context, next) {
  if (context.path !== '/__lede/static' || context.method !== 'POST') return next();
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  const { widget, fields, options } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const { renderHtml, renderPng } = await import('../dist/server/index.js');
  try {
    const page = await renderHtml(widget, fields, options);
    const image = page.html ? await renderPng(widget, fields, { ...options, scale: 2 }) : undefined;
    context.body = {
      html: page.html,
      png: image ? Buffer.from(image.png).toString('base64') : '',
      issues: page.issues,
    };
  } catch (error) {
    context.body = { html: '', png: '', issues: [{ severity: 'error', message: String(error) }] };
  }
}
