// The hosting organisation's branding: its name, its logo and its accent colour, shown on every page, in mail and in
// calendar exports. Part of the options table (options.ts). An accent that fails WCAG AA contrast in either theme is
// refused at start, with the ratio it measured.
import fs from 'node:fs';
import path from 'node:path';
import { AA_TEXT, accentPalette, isHexColour, shownRatio, type AccentPalette } from '../lib/contrast.ts';
import { OptionError, type OptionSpec, type Parser } from './parsers.ts';

/** The logo: an image on another site (its origin joins the CSP's img-src), or a file Waymark serves itself. */
export type Logo = { kind: 'url'; url: string } | { kind: 'file'; path: string; type: string };

const LOGO_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};
const MAX_LOGO_BYTES = 256 * 1024;

export const organisationName: Parser<string> = (raw) => {
  // Control characters would break a mail header or a calendar line; the name is a name, not a sentence.
  // eslint-disable-next-line no-control-regex -- that is what it looks for
  if (raw.length > 60 || /[\u0000-\u001f\u007f<>]/.test(raw)) {
    throw new OptionError('expects a name of at most 60 characters, without < > or control characters');
  }
  return raw;
};

export const logo: Parser<Logo> = (raw) => {
  if (/^https?:\/\//i.test(raw)) {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new OptionError('expects an http(s) URL of an image, or the path of an image file');
    }
    return { kind: 'url', url: parsed.href };
  }
  const file = path.resolve(raw);
  const type = LOGO_TYPES[path.extname(file).toLowerCase()];
  if (type === undefined) throw new OptionError(`expects an image file: ${Object.keys(LOGO_TYPES).join(', ')}`);
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new OptionError(`names ${file}, which is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof OptionError) throw error;
    throw new OptionError(`names ${file}, which cannot be read`);
  }
  if (size > MAX_LOGO_BYTES) throw new OptionError(`names a file of ${size} bytes; a logo may have at most 256 KB`);
  return { kind: 'file', path: file, type };
};

export const accentColour: Parser<AccentPalette> = (raw) => {
  if (!isHexColour(raw)) throw new OptionError('expects a hex colour such as #1d4ed8');
  const { palette, checks } = accentPalette(raw);
  const failed = checks.filter((check) => check.ratio < AA_TEXT);
  if (failed.length > 0) {
    const measured = failed.map((check) => `${check.what} it measures ${shownRatio(check.ratio)}`).join('; ');
    throw new OptionError(
      `fails WCAG 2.2 AA contrast: ${measured}, and at least ${AA_TEXT}:1 is needed. Choose a darker colour`,
    );
  }
  return palette;
};

export const brandOptions = {
  brand: {
    name: {
      env: 'BRAND_NAME',
      description: 'Name of the organisation hosting Waymark: in the header, page titles, footer, mail and calendars.',
      default: 'Waymark',
      parse: organisationName,
    },
    logo: {
      env: 'BRAND_LOGO',
      description:
        'Logo beside the name in the header: an http(s) URL of an image, or the path of an SVG, PNG, WebP or JPEG ' +
        'file (at most 256 KB) that Waymark serves at /v1/instance/logo. Unset: the name alone.',
      default: undefined,
      parse: logo,
    },
    accent: {
      env: 'BRAND_ACCENT',
      description:
        'Accent colour (hex) of links and buttons. Refused at start unless it reaches 4.5:1 against the light ' +
        'background and cards and its white button text, and its dark-theme variant (half mixed with white) does ' +
        'too on the dark ones.',
      default: '#1d4ed8',
      parse: accentColour,
    },
  },
} satisfies Record<string, Record<string, OptionSpec<unknown>>>;
