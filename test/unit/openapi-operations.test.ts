// Every operation is named: generated clients, the Postman collection and readers of the docs refer to an operation
// by its operationId, so each is present, camelCase and used once.
import { describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from '../../src/openapi.ts';

const document = (await generateOpenApiDocument()) as {
  paths: Record<string, Record<string, { operationId?: string }>>;
};
const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    operation: `${method.toUpperCase()} ${path}`,
    operationId: operation.operationId,
  })),
);

describe('OpenAPI operationIds', () => {
  it('when the API is described, then every operation has a camelCase operationId', () => {
    const unnamed = operations.filter(({ operationId }) => !/^[a-z][a-zA-Z0-9]*$/.test(operationId ?? ''));

    expect(operations.length).toBeGreaterThan(40);
    expect(unnamed).toEqual([]);
  });

  it('when the API is described, then no two operations share an operationId', () => {
    const seen = new Map<string, string[]>();
    for (const { operation, operationId } of operations) {
      seen.set(operationId ?? '', [...(seen.get(operationId ?? '') ?? []), operation]);
    }
    const shared = [...seen].filter(([, named]) => named.length > 1);

    expect(shared).toEqual([]);
  });
});
