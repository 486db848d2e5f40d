// Japanese phrases by BudouX: space-free text in, the phrases a line may break between out. Loaded
// on demand (only for widgets whose language is Japanese) by the element, and by the server's
// static typeset. Figures are kept whole after BudouX (see figures.ts), which cuts them rarely but
// can (its model scores characters, not numbers).
import { Parser, jaModel } from 'budoux';
import { figurePhrases } from '../layout/figures.js';

const parser = new Parser(jaModel);

/** BudouX's phrases of `text` (which join back to it), with no cut inside a figure. */
export const phrases = (text: string): string[] => figurePhrases(parser.parse(text));
