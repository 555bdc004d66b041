// The branding options: the organisation's name, logo and accent colour, and the contrast rule on the accent.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import {
  contrastRatio,
  DARK_ACCENT_TEXT,
  DARK_BACKGROUND,
  DARK_SURFACE,
  LIGHT_ACCENT_TEXT,
  LIGHT_BACKGROUND,
  LIGHT_SURFACE,
} from '../../src/lib/contrast.ts';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
};

describe('the brand options', () => {
  it('when nothing is set, then the brand is Waymark in its own blue, without a logo', () => {
    expect(loadConfig({}).brand).toEqual({
      name: 'Waymark',
      logo: undefined,
      accent: { light: '#1d4ed8', lightText: '#ffffff', dark: '#8ea7ec', darkText: '#0b1020' },
    });
  });

  it('when an accent with enough contrast is given, then both themes get it and its variant', () => {
    const { accent } = loadConfig({ BRAND_NAME: 'Learning Lab', BRAND_ACCENT: '#0F766E' }).brand;

    expect(accent.light).toBe('#0f766e');
    expect(contrastRatio(accent.light, LIGHT_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(accent.dark, DARK_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(accent.dark, DARK_ACCENT_TEXT)).toBeGreaterThanOrEqual(4.5);
  });

  it('when the accent is too light for text on white, then start is refused with the ratio measured and the one needed', () => {
    const [problem] = problemsOf({ BRAND_ACCENT: '#f59e0b' });

    expect(problem).toContain('BRAND_ACCENT="#f59e0b"');
    expect(problem).toContain(`on the light background (${LIGHT_BACKGROUND}) it measures 2.14:1`);
    expect(problem).toContain(`on light cards (${LIGHT_SURFACE}) it measures 1.84:1`);
    expect(problem).toContain(`under its white button text (${LIGHT_ACCENT_TEXT}) it measures 2.14:1`);
    expect(problem).toContain('at least 4.5:1 is needed');
  });

  it('when a very dark accent’s dark-theme variant is too dim on dark cards, then start is refused for that', () => {
    const [problem] = problemsOf({ BRAND_ACCENT: '#000080' });

    expect(problem).toContain(`as its dark-theme variant #8080c0 on dark cards (${DARK_SURFACE}) it measures 4.09:1`);
    expect(problem).not.toContain('light background');
  });

  it('when the accent is not a hex colour, then the message says what is expected', () => {
    expect(problemsOf({ BRAND_ACCENT: 'blue' })).toEqual(['BRAND_ACCENT="blue" expects a hex colour such as #1d4ed8.']);
  });

  it('when the name is too long or holds markup, then it is refused', () => {
    expect(problemsOf({ BRAND_NAME: 'x'.repeat(61) })[0]).toContain('at most 60 characters');
    expect(problemsOf({ BRAND_NAME: 'Lab <b>' })[0]).toContain('without < >');
  });

  it('when the logo is a URL, then it is kept as one; a path to a missing file or a non-image is refused', () => {
    expect(loadConfig({ BRAND_LOGO: 'https://cdn.example.org/logo.svg' }).brand.logo).toEqual({
      kind: 'url',
      url: 'https://cdn.example.org/logo.svg',
    });
    expect(problemsOf({ BRAND_LOGO: '/no/such/logo.svg' })[0]).toContain('which cannot be read');
    expect(problemsOf({ BRAND_LOGO: 'README.md' })[0]).toContain('expects an image file');
  });

  it('when the logo is an image file, then Waymark serves it with its type; one too big is refused', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-logo-'));
    const small = path.join(dir, 'logo.svg');
    const big = path.join(dir, 'big.png');
    fs.writeFileSync(small, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    fs.writeFileSync(big, Buffer.alloc(300 * 1024));

    expect(loadConfig({ BRAND_LOGO: small }).brand.logo).toEqual({ kind: 'file', path: small, type: 'image/svg+xml' });
    expect(problemsOf({ BRAND_LOGO: big })[0]).toContain('at most 256 KB');
    fs.rmSync(dir, { recursive: true });
  });
});

describe('the colours the contrast rule assumes', () => {
  it('when the web app’s tokens are read, then their backgrounds and accent text are those the rule measures against', () => {
    const tokens = fs.readFileSync('web/src/styles/tokens.css', 'utf8');
    const light = tokens.slice(0, tokens.indexOf('@media'));
    const dark = tokens.slice(tokens.indexOf(":root[data-theme='dark']"));

    expect(light).toContain(`--bg: ${LIGHT_BACKGROUND};`);
    expect(light).toContain(`--surface-2: ${LIGHT_SURFACE};`);
    expect(light).toContain(`--brand-accent-text, ${LIGHT_ACCENT_TEXT}`);
    expect(dark).toContain(`--bg: ${DARK_BACKGROUND};`);
    expect(dark).toContain(`--surface-2: ${DARK_SURFACE};`);
    expect(dark).toContain(`--brand-accent-dark-text, ${DARK_ACCENT_TEXT}`);
  });
});
