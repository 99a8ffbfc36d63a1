import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
// antd's reset and theme variables, generated at build time (antd-style-plugin.ts); components bring their own CSS.
import 'virtual:antd/base.css';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
