// Storage for the test provider (test/support/oidc-provider.ts): a Map per provider, so each test file's provider keeps
// its codes, sessions and grants to itself. oidc-provider would otherwise fall back to its shared development store
// and print a warning about it on every start; expiry does not matter for tests that last seconds.
type Payload = Record<string, unknown> & { uid?: string; userCode?: string; grantId?: string; consumed?: number };

export const createTestAdapter = () => {
  const rows = new Map<string, Payload>();
  const keyOf = (model: string, id: string) => `${model}:${id}`;
  const findWhere = (model: string, field: 'uid' | 'userCode', value: string) =>
    [...rows].find(([key, payload]) => key.startsWith(`${model}:`) && payload[field] === value)?.[1];

  return class TestAdapter {
    model: string;
    constructor(model: string) {
      this.model = model;
    }

    upsert(id: string, payload: Payload) {
      rows.set(keyOf(this.model, id), payload);
      return Promise.resolve();
    }

    find(id: string) {
      return Promise.resolve(rows.get(keyOf(this.model, id)));
    }

    findByUid(uid: string) {
      return Promise.resolve(findWhere(this.model, 'uid', uid));
    }

    findByUserCode(userCode: string) {
      return Promise.resolve(findWhere(this.model, 'userCode', userCode));
    }

    consume(id: string) {
      const payload = rows.get(keyOf(this.model, id));
      if (payload !== undefined) payload.consumed = Math.floor(Date.now() / 1000);
      return Promise.resolve();
    }

    destroy(id: string) {
      rows.delete(keyOf(this.model, id));
      return Promise.resolve();
    }

    /** Everything a grant gave (codes, tokens) goes with it, as when a code is used twice. */
    revokeByGrantId(grantId: string) {
      for (const [key, payload] of rows) if (payload.grantId === grantId) rows.delete(key);
      return Promise.resolve();
    }
  };
};
