// Writes dist/lede.css, the stylesheet that reserves each widget's height before its script has
// run, from the built server entry (its `reserveCss`), so that it holds the measures of this build.
import { writeFileSync } from 'node:fs';
import { reserveCss } from '../dist/server/index.js';

writeFileSync('dist/lede.css', reserveCss());
