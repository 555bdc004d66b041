import { describe, expect, it } from 'vitest';
import { exposureWarning } from '../../src/infra/exposure.ts';

describe('starting outside production on an address others reach', () => {
  it('when HOST is reachable from other machines and NODE_ENV is not production, then the start warns', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'waymark.example.org']) {
      expect(exposureWarning({ host, nodeEnv: 'development' }), host).toContain('NODE_ENV=production');
    }
    expect(exposureWarning({ host: '0.0.0.0', nodeEnv: 'test' })).toContain('development mailbox');
  });

  it('when HOST is loopback or NODE_ENV is production, then there is nothing to warn about', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1', '[::1]']) {
      expect(exposureWarning({ host, nodeEnv: 'development' }), host).toBeUndefined();
    }
    expect(exposureWarning({ host: '0.0.0.0', nodeEnv: 'production' })).toBeUndefined();
  });
});
