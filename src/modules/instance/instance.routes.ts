import fs from 'node:fs/promises';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Config } from '../../config.ts';
import { problemResponses } from '../../http/problem.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { instanceOf, LOGO_PATH } from './instance.ts';
import { Instance } from './instance.schemas.ts';

// The brand changes only with a restart; a few minutes of caching is enough for an operator to see a new one.
const publicCache = { maxAgeSeconds: 300 };
const policy = 'public' as const;

export const instanceRoutes: FastifyPluginAsyncTypebox<{ brand: Config['brand'] }> = async (app, { brand }) => {
  const instance = instanceOf(brand);
  // Read once at start: the option's parser checked it is a small image file.
  const logo = brand.logo?.kind === 'file' ? await fs.readFile(brand.logo.path) : undefined;
  const logoType = brand.logo?.kind === 'file' ? brand.logo.type : undefined;

  app.get(
    '/v1/instance',
    {
      config: { publicCache, policy },
      schema: {
        tags: ['operations'],
        operationId: 'getInstance',
        summary: 'Who hosts this Waymark: name, logo, accent colour',
        description: 'The BRAND_* options as the web app shows them on every page, with the licence of the content.',
        response: { 200: Instance, 304: { description: 'Not modified' } },
      },
    },
    () => instance,
  );

  app.get(
    LOGO_PATH,
    {
      config: { publicCache, policy },
      schema: {
        tags: ['operations'],
        operationId: 'getInstanceLogo',
        summary: 'The logo file, when BRAND_LOGO names one',
        produces: ['image/svg+xml', 'image/png', 'image/webp', 'image/jpeg'],
        response: {
          200: { description: 'The image', content: { 'image/*': { schema: Type.String({ format: 'binary' }) } } },
          304: { description: 'Not modified' },
          ...problemResponses(404),
        },
      },
    },
    async (_request, reply) => {
      if (logo === undefined || logoType === undefined) throw new NotFoundError('This Waymark has no logo file.');
      // An SVG may hold script: served as an image with a sandboxing CSP, it runs nothing even when opened directly.
      return reply.type(logoType).header('content-security-policy', "default-src 'none'; sandbox").send(logo);
    },
  );
};
