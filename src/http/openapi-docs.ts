// The OpenAPI document (/openapi.json, written to openapi.json by `npm run openapi`) and Swagger UI at /docs.
// Registered after the routes' documented access answers (route-docs.ts) and before the routes, which it collects.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

export const API_INFO = {
  title: 'Waymark API',
  description:
    'Waymark publishes learning roadmaps and lets learners follow them. Errors are RFC 9457 problem details ' +
    '(application/problem+json). Public reads carry strong ETags: send If-None-Match to get 304.',
  license: { name: 'MIT (code); roadmap content CC BY-SA 4.0', url: 'https://opensource.org/license/mit' },
};

export const registerOpenApiDocs = async (app: FastifyInstance, { version }: { version: string }) => {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { ...API_INFO, version },
      tags: [
        { name: 'roadmaps', description: 'Published roadmaps, their steps and plans' },
        { name: 'resources', description: 'The shared collection of learning resources' },
        { name: 'search', description: 'Full-text search across everything published' },
        { name: 'accounts', description: 'Sign up, log in, sessions and your profile' },
        { name: 'progress', description: 'The roadmaps you follow and your progress on them' },
        { name: 'drafts', description: 'Roadmaps written in the app: drafts, their changes and previews (editors)' },
        {
          name: 'forks',
          description: 'Roadmaps forked from another, following its new versions through proposals (editors)',
        },
        { name: 'feedback', description: '"Was this helpful?", its moderation, and analytics for editors' },
        { name: 'admin', description: 'Users, roles and the audit log (admins)' },
        { name: 'operations', description: 'Health, readiness and version' },
      ],
      servers: [{ url: '/', description: 'This Waymark server' }],
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (json.$id as string) ?? `def-${i}` },
  });
  await app.register(async (docs) => {
    // Swagger UI's own routes (pages, scripts, the spec) are public documentation.
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, policy: 'public' };
    });
    await docs.register(swaggerUi, { routePrefix: '/docs', staticCSP: false });
  });
  app.get('/openapi.json', { schema: { hide: true }, config: { rateLimit: false, policy: 'public' } }, () =>
    app.swagger(),
  );
};
