// Who hosts this Waymark, as the web app and API clients see it: the organisation's name, logo and accent (the BRAND_*
// options). The web app's HTML shell carries the same as meta tags, so the first paint has them without a request.
import type { Config } from '../../config.ts';
import type { Instance } from './instance.schemas.ts';

export const LOGO_PATH = '/v1/instance/logo';

const CONTENT_LICENCE = { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' };

export const instanceOf = (brand: Config['brand']): Instance => ({
  name: brand.name,
  logoUrl: brand.logo === undefined ? null : brand.logo.kind === 'url' ? brand.logo.url : LOGO_PATH,
  accent: brand.accent,
  contentLicence: CONTENT_LICENCE,
});

const escapeAttribute = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const escapeText = (text: string) => text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);

/**
 * The built shell with the brand in it: the title, and a meta tag the app reads before its first render (a meta tag,
 * not an inline script or style, so the CSP stays as strict as it is).
 */
export const brandedShell = (shell: Buffer, instance: Instance) => {
  const meta = `<meta name="waymark-instance" content="${escapeAttribute(JSON.stringify(instance))}" />`;
  return Buffer.from(
    shell
      .toString('utf8')
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(instance.name)}</title>`)
      .replace('</head>', `${meta}\n</head>`),
  );
};
