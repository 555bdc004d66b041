import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { refreshSession } from './api/session';
import { App } from './App';
import { startOfflineSupport } from './offline';
import { applyBrand } from './ui/brand';
import { applyTheme } from './ui/theme';
import './styles/index.css';
// After the screen styles, so that on paper it wins over them.
import './print.css';

applyTheme();
applyBrand();
// A reload starts signed out in memory: trade the session cookie (if any) for an access token.
void refreshSession();
startOfflineSupport();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
