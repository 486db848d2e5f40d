// The React recipe: the components from lede-widgets/react set arrays and objects as properties
// and listen to lede-* events through onReady, onError and onSelect. The same file works in a
// Next.js client component, where React takes over server HTML.
import { useState } from 'react';
import { DealValueCard, PowerRampGauge, SiteMap } from 'lede-widgets/react';
import sakai from 'lede-widgets/sakai.json';

export default function App() {
  const [ready, setReady] = useState([]);
  const onReady = (event) =>
    setReady((tags) => [...new Set([...tags, event.target.localName])].sort());
  const onError = (event) => console.warn(event.detail.issues);

  return (
    <main>
      <h1>Sakai</h1>
      <PowerRampGauge {...sakai.ramp} onReady={onReady} onError={onError} />
      <SiteMap
        {...sakai.sites}
        onReady={onReady}
        onError={onError}
        onSelect={(event) => console.info(`${event.detail.site.name} selected`)}
      />
      <DealValueCard {...sakai.deal} onReady={onReady} onError={onError} />
      <output id="lede-ready">{ready.join(' ')}</output>
    </main>
  );
}
