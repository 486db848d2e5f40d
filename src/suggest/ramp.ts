// Power figures of an article -> the power-ramp gauge's part: one stage per distinct figure, its
// year as label, in the unit that reads best. Figures in a sentence about something else (the
// grid, a country, a power station) become questions, not stages.
import { quoteNote, type Source } from './notes.js';
import { POWER_EXPONENT, type PowerMention, type PowerUnit } from './power.js';
import { spanAt, type Span } from './sentences.js';
import type { RampPart, SuggestLocale, SuggestNote } from './types.js';
import type { YearMention } from './years.js';

const ELSEWHERE: Record<SuggestLocale, RegExp> = {
  en: /\b(?:grid|nationwide|national|country's|countries|households?|homes|nuclear|reactors?|power stations?|power plants?|consumption|consumes?|demand|total capacity of)\b/i,
  fr: /\b(?:réseau|national|nationale|pays|foyers|ménages|nucléaire|réacteurs?|centrales?|consommation|consomme|demande)\b/i,
  ja: /全国|国内の|送電網|電力網|原発|原子力|家庭|世帯|需要|消費|発電所/,
};
/** Words of a start of operations: a year there dates the first figure of the next sentence. */
const START: Record<SuggestLocale, RegExp> = {
  en: /\b(?:start|begin|open|operations?|online|operational)\w*/i,
  fr: /\b(?:démarr|commenc|ouvr|opération|mise en service|exploitation)\w*/i,
  ja: /稼働|開業|運用開始|運転開始|開始/,
};

interface Stage {
  mention: PowerMention;
  year?: YearMention;
  sentence: number;
  repeats: PowerMention[];
}

export function suggestRamp(
  source: Source,
  locale: SuggestLocale,
  sentences: readonly Span[],
  power: readonly PowerMention[],
  years: readonly YearMention[],
): { part?: RampPart; notes: SuggestNote[] } {
  const notes: SuggestNote[] = [];
  const stages: Stage[] = [];
  for (const mention of power) {
    const sentence = spanAt(sentences, mention.figure.start);
    const words = source.norm.slice(sentences[sentence]?.start, sentences[sentence]?.end);
    if (ELSEWHERE[locale].test(words)) {
      const question = `Is this the project's power? Its sentence may be about something else (${ELSEWHERE[locale].exec(words)?.[0]}); it was left out of the gauge.`;
      notes.push(quoteNote(source.text, 'ramp', '/stages', mention.figure, question));
      continue;
    }
    const same = stages.find(
      (s) => s.mention.watts === mention.watts && !s.mention.atLeast === !mention.atLeast,
    );
    if (same) same.repeats.push(mention);
    else stages.push({ mention, sentence, repeats: [] });
  }
  if (stages.length === 0) return { notes };
  dateStages(source, locale, sentences, stages, years);
  stages.sort(
    (a, b) =>
      (a.year?.year ?? Infinity) - (b.year?.year ?? Infinity) || a.mention.watts - b.mention.watts,
  );
  const unit = headlineUnit(stages.map((s) => s.mention));
  const part: RampPart = { unit, stages: [] };
  stages.forEach((stage, i) => {
    const { mention, year } = stage;
    const entry: RampPart['stages'][number] = { value: inUnit(mention.watts, unit) };
    for (const m of [mention, ...stage.repeats])
      notes.push(quoteNote(source.text, 'ramp', `/stages/${i}/value`, m.figure));
    if (year) {
      entry.label = source.text.slice(year.start, year.end);
      notes.push(quoteNote(source.text, 'ramp', `/stages/${i}/label`, year));
    }
    if (mention.atLeast) {
      entry.atLeast = true;
      notes.push(quoteNote(source.text, 'ramp', `/stages/${i}/atLeast`, mention.atLeast));
    }
    notes.push(quoteNote(source.text, 'ramp', '/unit', mention.unit));
    part.stages.push(entry);
  });
  return { part, notes };
}

/**
 * Gives each stage the year nearest to it in its sentence (each year to one stage); the first
 * stage without one takes the year of the sentence before when that sentence only dates a start
 * of operations ("SoftBank aims to start in 2026. … initially about 150 MW …").
 */
function dateStages(
  source: Source,
  locale: SuggestLocale,
  sentences: readonly Span[],
  stages: Stage[],
  years: readonly YearMention[],
): void {
  for (const year of years) {
    const sentence = spanAt(sentences, year.start);
    const distance = (s: Stage) => Math.abs(s.mention.figure.start - year.start);
    const nearest = stages
      .filter((s) => s.sentence === sentence)
      .sort((a, b) => distance(a) - distance(b))[0];
    if (
      nearest &&
      (!nearest.year ||
        distance(nearest) < Math.abs(nearest.mention.figure.start - nearest.year.start))
    )
      nearest.year = year;
  }
  const first = stages[0];
  if (!first || first.year || stages.some((s) => s.year)) return;
  const before = sentences[first.sentence - 1];
  if (!before) return;
  const inBefore = years.filter((y) => y.start >= before.start && y.end <= before.end);
  const words = source.norm.slice(before.start, before.end);
  if (inBefore.length === 1 && START[locale].test(words)) first.year = inBefore[0];
}

/**
 * The unit the largest figure is written in: the headline figure reads as the article gives it
 * ("1.2 GW", with 300 MW as 0.3 GW beside it), and the gauge can still draw another with
 * `displayUnit`.
 */
export function headlineUnit(stages: readonly PowerMention[]): PowerUnit {
  return stages.reduce((a, b) => (b.watts > a.watts ? b : a)).written;
}

export const inUnit = (watts: number, unit: PowerUnit): number =>
  Number((watts / 10 ** POWER_EXPONENT[unit]).toPrecision(15));
