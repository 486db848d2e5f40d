// Gauge words: a model and a locale in, the chart's labels and the spoken summary out.
import { formatNumber } from '../core/format/number.js';
import { formatPower } from '../core/format/power.js';
import { languageOf, type Language } from '../core/format/locale.js';
import type { GaugeModel, GaugeStage } from './model.js';

interface GaugeWords {
  power: string;
  stage: string;
  /** Label of a stage whose label is a year: "in 2026". */
  inYear: (year: string) => string;
  /** Joins a figure and its stage label into one phrase. */
  phrase: (figure: string, label: string | undefined) => string;
  list: string;
  colon: string;
}

const YEAR = /^\d{4}$/;

const WORDS: Record<Language, GaugeWords> = {
  en: {
    power: 'Power',
    stage: 'Stage',
    inYear: (y) => `in ${y}`,
    phrase: (f, l) => (l ? `${f} ${l}` : f),
    list: ', ',
    colon: ': ',
  },
  fr: {
    power: 'Puissance',
    stage: 'Étape',
    inYear: (y) => `en ${y}`,
    phrase: (f, l) => (l ? `${f} ${l}` : f),
    list: ', ',
    colon: '\u00a0: ',
  },
  ja: {
    power: '電力',
    stage: '段階',
    inYear: (y) => `${y}年`,
    phrase: (f, l) => (l ? `${l} ${f}` : f),
    list: '、',
    colon: '：',
  },
};

export interface GaugeTexts {
  /** Per stage: the figure as drawn ("> 240 MW") and its label. */
  stages: { figure: string; label?: string }[];
  /** The scale's end labels. */
  min: string;
  max: string;
  /** Spoken summary: "Puissance : 150 mégawatts en 2026, plus de 240 mégawatts à terme". */
  summary: string;
  /** Column headers of the data table. */
  headers: [string, string];
  /** Per stage, the table row: label and the figure in words. */
  rows: [string, string][];
}

export function describeGauge(model: GaugeModel, locale: string): GaugeTexts {
  const words = WORDS[languageOf(locale)];
  const short = (s: GaugeStage) =>
    formatPower(s.value, model.unit, locale, { moreThan: s.atLeast });
  const long = (s: GaugeStage) =>
    formatPower(s.value, model.unit, locale, { moreThan: s.atLeast, long: true });
  const spokenLabel = (label?: string) =>
    label !== undefined && YEAR.test(label) ? words.inYear(label) : label;
  const phrases = model.stages.map((s) => words.phrase(long(s), spokenLabel(s.label)));
  return {
    stages: model.stages.map((s) => ({ figure: short(s), label: s.label })),
    min: formatNumber(0, locale),
    max: formatPower(model.max, model.unit, locale),
    summary: `${words.power}${words.colon}${phrases.join(words.list)}`,
    headers: [words.stage, words.power],
    rows: model.stages.map((s, i) => [s.label ?? String(i + 1), long(s)]),
  };
}
