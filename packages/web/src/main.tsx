import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
// antd's reset and theme variables, generated at build time (antd-style-plugin.ts); components bring their own CSS.
import 'virtual:antd/base.css';
import './styles.css';
// The first-screen preview's styles (the preview's own script is built apart: first-screen-plugin.ts).
import './first-screen/first-screen.css';

// In a transition: React renders the first screen in slices and lets the browser breathe between them (a phone's
// main thread is not blocked for the whole first render); index.html's mark stays painted meanwhile.
const root = createRoot(document.getElementById('root')!);
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
