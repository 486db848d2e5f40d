// Gauge words: a model and a locale in, the chart's labels and the spoken summary out. Each stage is
// said to be reached or planned; a stage is reached only when the author's `current` says so.
import { formatNumber, isOne } from '../core/format/number.js';
import { formatPower, printedPower } from '../core/format/power.js';
import { languageOf, type Language } from '../core/format/locale.js';
import type { GaugeModel, GaugeStage } from './model.js';

/** Whether a stage has been reached (the author's `current` says so) or is still planned. */
type Status = 'reached' | 'planned';

interface GaugeWords {
  power: string;
  stage: string;
  status: string;
  /** Label of a stage whose label is a year: "in 2026". */
  inYear: (year: string) => string;
  /** Joins a figure and its stage label into one phrase. */
  phrase: (figure: string, label: string | undefined) => string;
  /** The status after a figure, agreeing with it (`one`: the figure takes the singular, in French below 2). */
  said: (status: Status, one: boolean) => string;
  /** The status in the table, agreeing with the row's stage ("étape", feminine in French). */
  cell: Record<Status, string>;
  /** Line under the centre figure when nothing is reached: "planned for 2026". */
  plannedLine: (label: string | undefined, year: boolean, one: boolean) => string;
  list: string;
  colon: string;
}

const YEAR = /^\d{4}$/;

const WORDS: Record<Language, GaugeWords> = {
  en: {
    power: 'Power',
    stage: 'Stage',
    status: 'Status',
    inYear: (y) => `in ${y}`,
    phrase: (f, l) => (l ? `${f} ${l}` : f),
    said: (s) => ` (${s})`,
    cell: { reached: 'reached', planned: 'planned' },
    plannedLine: (l, year) =>
      l === undefined ? 'planned' : year ? `planned for ${l}` : `planned: ${l}`,
    list: ', ',
    colon: ': ',
  },
  fr: {
    power: 'Puissance',
    stage: 'Étape',
    status: 'Statut',
    inYear: (y) => `en ${y}`,
    phrase: (f, l) => (l ? `${f} ${l}` : f),
    // Agrees with the figure's "mégawatt(s)", masculine, singular below 2.
    said: (s, one) => ` (${s === 'reached' ? 'atteint' : 'prévu'}${one ? '' : 's'})`,
    cell: { reached: 'atteinte', planned: 'prévue' },
    plannedLine: (l, year, one) => {
      const word = one ? 'prévu' : 'prévus';
      return l === undefined ? word : year ? `${word} en ${l}` : `${word}\u00a0: ${l}`;
    },
    list: ', ',
    colon: '\u00a0: ',
  },
  ja: {
    power: '電力',
    stage: '段階',
    status: '状況',
    inYear: (y) => `${y}年`,
    phrase: (f, l) => (l ? `${l} ${f}` : f),
    said: (s) => (s === 'reached' ? '（達成）' : '（計画）'),
    cell: { reached: '達成', planned: '計画' },
    plannedLine: (l, year) => (l === undefined ? '計画' : year ? `${l}年に計画` : `計画：${l}`),
    list: '、',
    colon: '：',
  },
};

export interface GaugeTexts {
  /** Per stage: the figure as drawn ("> 240 MW") and its label. */
  stages: { figure: string; label?: string }[];
  /** Under the centre figure: the reached stage's label, or "planned for 2026" when nothing is reached. */
  centerLabel?: string;
  /** The centre's line shortened to its status ("planned"), where the label does not fit the ring. */
  centerShort?: string;
  /** The scale's end labels. */
  min: string;
  max: string;
  /** Spoken summary: "Puissance : 150 mégawatts en 2026 (prévus), plus de 240 mégawatts à terme (prévus)". */
  summary: string;
  /** Column headers of the data table. */
  headers: [string, string, string];
  /** Per stage, the table row: label, the figure in words, reached or planned. */
  rows: [string, string, string][];
}

export function describeGauge(model: GaugeModel, locale: string): GaugeTexts {
  const words = WORDS[languageOf(locale)];
  const options = (s: GaugeStage) => ({ moreThan: s.atLeast, rescale: model.scaled });
  const short = (s: GaugeStage) => formatPower(s.value, model.unit, locale, options(s));
  const long = (s: GaugeStage) =>
    formatPower(s.value, model.unit, locale, { ...options(s), long: true });
  // Agreement follows the noun as printed: "plus de 1 mégawatt prévu", like "plus d'un" in French.
  const one = (s: GaugeStage) => isOne(printedPower(s.value), locale);
  const spokenLabel = (label?: string) =>
    label !== undefined && YEAR.test(label) ? words.inYear(label) : label;
  const status = (i: number): Status =>
    model.current !== undefined && i <= model.current ? 'reached' : 'planned';
  const phrases = model.stages.map(
    (s, i) => words.phrase(long(s), spokenLabel(s.label)) + words.said(status(i), one(s)),
  );
  const first = model.stages[0]!;
  const centerLabel =
    model.current === undefined
      ? words.plannedLine(first.label, YEAR.test(first.label ?? ''), one(first))
      : model.stages[model.current]?.label;
  return {
    stages: model.stages.map((s) => ({ figure: short(s), label: s.label })),
    ...(centerLabel === undefined ? {} : { centerLabel }),
    ...(model.current === undefined
      ? { centerShort: words.plannedLine(undefined, false, one(first)) }
      : {}),
    min: formatNumber(0, locale),
    max: formatPower(model.max, model.unit, locale, { rescale: model.scaled }),
    summary: `${words.power}${words.colon}${phrases.join(words.list)}`,
    headers: [words.stage, words.power, words.status],
    rows: model.stages.map((s, i) => [s.label ?? String(i + 1), long(s), words.cell[status(i)]]),
  };
}
