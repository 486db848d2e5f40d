// Words every widget shares, per language. Widget-specific words live beside each widget.
import type { Language } from './locale.js';

export interface CoreMessages {
  /** Prefix of the source line: "Source: SoftBank". */
  source: (text: string) => string;
  /** Title of the message shown when a widget cannot draw. */
  cannotDraw: string;
}

export const CORE_MESSAGES: Record<Language, CoreMessages> = {
  en: { source: (t) => `Source: ${t}`, cannotDraw: 'This chart cannot be shown' },
  fr: { source: (t) => `Source\u00a0: ${t}`, cannotDraw: 'Ce graphique ne peut pas s’afficher' },
  ja: { source: (t) => `出典：${t}`, cannotDraw: 'このグラフは表示できません' },
};
