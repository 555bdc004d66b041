// Every option Waymark reads, once: its environment variable, what it means, its default (as written in
// .env.example) and the parser whose return type is the option's type in `Config` (config.ts). Grouped by area, so
// a feature adds its own section; `npm run -s env:example` and `npm run -s docs:config` print this table.
import { brandOptions } from './brand-options.ts';
import { featureOptions } from './feature-options.ts';
import { observabilityOptions } from './observability-options.ts';
import { serverOptions } from './server-options.ts';
import { ssoOptions } from './sso-options.ts';
import type { OptionSpec } from './parsers.ts';

export const options = { ...serverOptions, ...featureOptions, ...ssoOptions, ...brandOptions, ...observabilityOptions };

export type Area = keyof typeof options;

/** The heading of each area in .env.example and the README's table. */
export const areaTitles: Record<Area, string> = {
  runtime: 'Runtime',
  http: 'HTTP server',
  loadShed: 'Load shedding',
  shutdown: 'Shutdown',
  database: 'Database',
  redis: 'Redis',
  cache: 'Cache of public reads',
  content: 'Roadmap content',
  drafts: 'Drafts and review',
  auth: 'Accounts and sessions',
  sso: 'Single sign-on (OpenID Connect)',
  mail: 'Mail',
  feedback: 'Feedback',
  linkCheck: 'Link checks',
  jobs: 'Background jobs',
  brand: 'Branding',
  observability: 'Logs and metrics',
  build: 'Build information',
  otel: 'Tracing (OpenTelemetry)',
};

/** The table as .env.example and the README print it: each area's title and its options, in order. */
export const optionSections = (): { title: string; options: OptionSpec<unknown>[] }[] => {
  const titles: Record<string, string> = areaTitles;
  return Object.entries(options).map(([area, specs]) => ({
    title: titles[area] ?? area,
    options: Object.values<OptionSpec<unknown>>(specs),
  }));
};
