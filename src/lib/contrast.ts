// WCAG 2.2 contrast between two sRGB colours (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio), and the colours the
// web app derives from one accent. The backgrounds and text colours here are those of web/src/styles/tokens.css: a
// test keeps them in step.

export const LIGHT_BACKGROUND = '#ffffff';
export const DARK_BACKGROUND = '#111318';
/** The surface of cards and panels furthest in contrast from the accent: links sit on them too. */
export const LIGHT_SURFACE = '#eaeef5';
export const DARK_SURFACE = '#232733';
/** Text on the accent: white in the light theme, near-black in the dark one. */
export const LIGHT_ACCENT_TEXT = '#ffffff';
export const DARK_ACCENT_TEXT = '#0b1020';
/** What WCAG 2.2 AA asks of normal-size text (1.4.3). */
export const AA_TEXT = 4.5;

type Rgb = [number, number, number];

const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

export const isHexColour = (text: string) => HEX.test(text);

const rgbOf = (hex: string): Rgb => {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((at) => parseInt(full.slice(at, at + 2), 16)) as Rgb;
};

const hexOf = (rgb: Rgb) => `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;

/** The colour in lower-case six-digit form (#1D4 → #1144dd). */
export const normalHex = (hex: string) => hexOf(rgbOf(hex));

const luminance = (hex: string) => {
  const [r, g, b] = rgbOf(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

export const contrastRatio = (a: string, b: string) => {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
};

/** The ratio as people read it: rounded down to two decimals, so 4.499 never shows as the 4.5 it fails. */
export const shownRatio = (ratio: number) => `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;

/** The accent of the dark theme: the light one mixed half and half with white, as the default pair is. */
export const darkVariantOf = (hex: string) => hexOf(rgbOf(hex).map((channel) => (channel + 255) / 2) as Rgb);

export interface AccentPalette {
  light: string;
  lightText: string;
  dark: string;
  darkText: string;
}

export interface ContrastCheck {
  what: string;
  ratio: number;
}

/** The palette of one accent and each pair of it that must reach AA, with its measured ratio. */
export const accentPalette = (hex: string): { palette: AccentPalette; checks: ContrastCheck[] } => {
  const light = normalHex(hex);
  const dark = darkVariantOf(light);
  return {
    palette: { light, lightText: LIGHT_ACCENT_TEXT, dark, darkText: DARK_ACCENT_TEXT },
    checks: [
      { what: `as text on the light background (${LIGHT_BACKGROUND})`, ratio: contrastRatio(light, LIGHT_BACKGROUND) },
      { what: `as text on light cards (${LIGHT_SURFACE})`, ratio: contrastRatio(light, LIGHT_SURFACE) },
      { what: `under its white button text (${LIGHT_ACCENT_TEXT})`, ratio: contrastRatio(light, LIGHT_ACCENT_TEXT) },
      {
        what: `as its dark-theme variant ${dark} on the dark background (${DARK_BACKGROUND})`,
        ratio: contrastRatio(dark, DARK_BACKGROUND),
      },
      {
        what: `as its dark-theme variant ${dark} on dark cards (${DARK_SURFACE})`,
        ratio: contrastRatio(dark, DARK_SURFACE),
      },
      {
        what: `as its dark-theme variant ${dark} under dark button text (${DARK_ACCENT_TEXT})`,
        ratio: contrastRatio(dark, DARK_ACCENT_TEXT),
      },
    ],
  };
};
