// Registers every Lede element: the entry of the script-tag bundle (dist/lede.js) and of
// `import 'lede-widgets/define'`. Classes and types come from the package root instead.
import './power-ramp-gauge/define.js';
import './site-map/define.js';
import './deal-value-card/define.js';
// The event types, so that `lede-error`'s detail is typed with only this entry imported.
export type { LedeErrorDetail, LedeErrorEvent, LedeReadyEvent } from './core/element/events.js';
export type { LedeSelectDetail } from './site-map/site-map.js';
