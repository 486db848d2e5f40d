// The builder page's script: its elements, and the page's theme from ?theme=light|dark (for
// screenshots; otherwise the reader's colour scheme).
import './builder-app.js';

const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset['theme'] = theme;
