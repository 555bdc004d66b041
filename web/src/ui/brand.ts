// Who hosts this Waymark (BRAND_NAME, BRAND_LOGO, BRAND_ACCENT): the server writes it into the HTML shell as a meta
// tag (src/modules/instance/instance.ts), so the first render has it without a request and without an inline script.
// Without the tag (the Vite dev server) the app is Waymark in its own colours.
import type { Ok } from '../api/types';

export type Instance = Ok<'/v1/instance'>;

const DEFAULT: Instance = {
  name: 'Waymark',
  logoUrl: null,
  accent: { light: '#1d4ed8', lightText: '#ffffff', dark: '#8ea7ec', darkText: '#0b1020' },
  contentLicence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
};

const read = (): Instance => {
  const content = document.querySelector<HTMLMetaElement>('meta[name="waymark-instance"]')?.content;
  if (content === undefined) return DEFAULT;
  try {
    return { ...DEFAULT, ...(JSON.parse(content) as Partial<Instance>) };
  } catch {
    return DEFAULT;
  }
};

export const instance: Instance = read();

/**
 * The accent as custom properties that styles/tokens.css builds on. Set through the CSSOM, which the CSP does not
 * restrict (it would refuse an inline <style>'s text only if 'unsafe-inline' went).
 */
export const applyBrand = () => {
  const { style } = document.documentElement;
  style.setProperty('--brand-accent', instance.accent.light);
  style.setProperty('--brand-accent-text', instance.accent.lightText);
  style.setProperty('--brand-accent-dark', instance.accent.dark);
  style.setProperty('--brand-accent-dark-text', instance.accent.darkText);
};
