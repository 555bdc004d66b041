import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { problemResponses } from '../../http/problem.ts';
import { AuditPage, ListAuditQuery } from './audit.schemas.ts';
import type { AuditService } from './audit.service.ts';

export const auditRoutes: FastifyPluginAsyncTypebox<{ auditService: AuditService }> = async (app, { auditService }) => {
  app.get(
    '/v1/admin/audit-log',
    {
      config: { policy: { permission: 'audit:read' } },
      schema: {
        tags: ['admin'],
        operationId: 'listAuditLog',
        summary: 'Read the audit log, newest first',
        description:
          'Logins, password and role changes, disabled accounts, refresh-token reuse: who, what, when, from where.',
        querystring: ListAuditQuery,
        response: { 200: AuditPage, ...problemResponses(400) },
      },
    },
    (request) => auditService.list(request.query),
  );
};
