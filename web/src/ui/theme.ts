// Dark mode follows the system unless the visitor chose otherwise with the toggle; the choice is kept per browser.
const KEY = 'waymark.theme';
export type Theme = 'light' | 'dark';

const systemTheme = (): Theme => (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

const chosenTheme = (): Theme | undefined => {
  const stored = localStorage.getItem(KEY);
  return stored === 'light' || stored === 'dark' ? stored : undefined;
};

export const effectiveTheme = (): Theme => chosenTheme() ?? systemTheme();

export const applyTheme = () => {
  const chosen = chosenTheme();
  if (chosen === undefined) delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = chosen;
};

export const chooseTheme = (theme: Theme) => {
  localStorage.setItem(KEY, theme);
  applyTheme();
};
