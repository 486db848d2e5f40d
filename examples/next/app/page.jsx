// A server component may render the client component, or the lede-widgets/react components
// themselves when it passes them data only (no listeners: functions cannot leave the server).
import Widgets from './Widgets.jsx';

export default function Page() {
  return (
    <main>
      <h1>Sakai, in a client component</h1>
      <Widgets />
      <p>
        <a href="/server">Rendered on the server</a>
      </p>
    </main>
  );
}
