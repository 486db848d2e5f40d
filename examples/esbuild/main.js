// Registers the three elements: <lede-power-ramp-gauge>, <lede-site-map>, <lede-deal-value-card>.
// (`lede-widgets/power-ramp-gauge`, `lede-widgets/site-map` and `lede-widgets/deal-value-card`
// register one each.)
import 'lede-widgets/define';
// The Sakai article's data as the package ships it: { ramp, sites, deal }.
import sakai from 'lede-widgets/sakai.json';

// `lede-ready` bubbles out of each widget once it is drawn: one listener hears them all.
const drawn = new Set();
document.addEventListener('lede-ready', (event) => {
  drawn.add(event.target.localName);
  document.querySelector('#lede-ready').textContent = [...drawn].sort().join(' ');
});

// Every field is a property of the element: arrays and objects go in as they are, no JSON strings.
Object.assign(document.querySelector('lede-power-ramp-gauge'), sakai.ramp);
Object.assign(document.querySelector('lede-site-map'), sakai.sites);
Object.assign(document.querySelector('lede-deal-value-card'), sakai.deal);
