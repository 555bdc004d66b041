// The theme: the system's (the default), or light or dark as the visitor chose in the theme control; the choice is
// kept per browser. The page follows a change of the system's theme by itself (CSS media query) while on System.
const KEY = 'waymark.theme';
export type Theme = 'light' | 'dark';
export type ThemeChoice = Theme | 'system';

const systemTheme = (): Theme => (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

export const themeChoice = (): ThemeChoice => {
  const stored = localStorage.getItem(KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
};

export const effectiveTheme = (): Theme => {
  const chosen = themeChoice();
  return chosen === 'system' ? systemTheme() : chosen;
};

export const applyTheme = () => {
  const chosen = themeChoice();
  if (chosen === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = chosen;
};

export const chooseTheme = (choice: ThemeChoice) => {
  if (choice === 'system') localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, choice);
  applyTheme();
};
