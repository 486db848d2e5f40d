// Registers every Lede element: the entry of the script-tag bundle (dist/lede.js) and of
// `import 'lede-widgets/define'`. Classes and types come from the package root instead.
import './power-ramp-gauge/define.js';
import './site-map/define.js';
import './deal-value-card/define.js';
