// The server recipe: renderHtml draws each widget on the server as HTML with a declarative shadow
// root, so readers see the charts before any script runs (and without one); the client component
// then loads the browser build, which takes that HTML over (hydration) instead of drawing again.
import { renderHtml } from 'lede-widgets/server';
import sakai from 'lede-widgets/sakai.json';
import Hydrate from './Hydrate.jsx';

export default async function Page() {
  const rendered = await Promise.all([
    renderHtml('power-ramp-gauge', sakai.ramp, { width: 640 }),
    renderHtml('site-map', sakai.sites, { width: 640 }),
    renderHtml('deal-value-card', sakai.deal, { width: 640 }),
  ]);
  for (const { issues } of rendered) for (const issue of issues) console.warn(issue.message);

  return (
    <main>
      <h1>Sakai, rendered on the server</h1>
      <Hydrate>
        {rendered.map(({ html }, i) => (
          // The browser turns each declarative shadow root into the widget's shadow root as it
          // reads the page, so the div's innerHTML no longer equals `html`: in development, React
          // would report that as a hydration mismatch.
          <div key={i} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />
        ))}
      </Hydrate>
    </main>
  );
}
