import { describe, expect, it } from 'vitest';
import type { LinkCheckRepository, LinkToCheck } from '../../src/modules/link-check/link-check.repository.ts';
import { createLinkCheckService } from '../../src/modules/link-check/link-check.service.ts';

/** A run over these links with fakes around it: which hosts were asked, in order, and every pause it took. */
const runOver = async (urls: string[], options: { hostDelayMs: number; enabled?: boolean }) => {
  const asked: string[] = [];
  const pauses: number[] = [];
  const links: LinkToCheck[] = urls.map((url, index) => ({ resourceId: `r${index}`, url, previous: undefined }));
  const repository = {
    listLinksToCheck: (limit: number) => Promise.resolve(links.slice(0, limit)),
    recordCheck: () => Promise.resolve(),
  } as unknown as LinkCheckRepository;
  let invalidated = 0;
  const service = createLinkCheckService({
    linkCheckRepository: repository,
    probe: {
      probe: (url) => {
        asked.push(new URL(url).host);
        return Promise.resolve({ outcome: 'ok', httpStatus: 200, finalUrl: url, reason: '', durationMs: 1 });
      },
    },
    jobs: { queued: () => Promise.resolve(0) },
    transact: () => Promise.reject(new Error('not used')),
    onLinksChecked: () => {
      invalidated += 1;
      return Promise.resolve();
    },
    enabled: options.enabled ?? true,
    batchSize: 10,
    hostDelayMs: options.hostDelayMs,
    sleep: (ms) => {
      pauses.push(ms);
      return Promise.resolve();
    },
  });
  const counts = await service.run();
  return { asked, pauses, counts, invalidated };
};

describe('the pace of a link-check run', () => {
  it('when two links in a row are on one host, then the run pauses between them, and not before another host', async () => {
    const { asked, pauses } = await runOver(
      ['https://a.example/1', 'https://a.example/2', 'https://b.example/1', 'https://a.example/3'],
      { hostDelayMs: 1000 },
    );

    expect(asked).toEqual(['a.example', 'a.example', 'b.example', 'a.example']);
    expect(pauses).toHaveLength(2);
    for (const pause of pauses) expect(pause).toBeGreaterThan(900);
  });

  it('when every link is on another host, then the run never pauses', async () => {
    const { pauses, counts, invalidated } = await runOver(['https://a.example/', 'https://b.example/'], {
      hostDelayMs: 1000,
    });

    expect(pauses).toEqual([]);
    expect(counts).toMatchObject({ checked: 2, ok: 2 });
    expect(invalidated).toBe(1);
  });

  it('when link checks are turned off, then a run asks nothing and changes no page', async () => {
    const { asked, counts, invalidated } = await runOver(['https://a.example/'], { hostDelayMs: 0, enabled: false });

    expect(asked).toEqual([]);
    expect(counts.checked).toBe(0);
    expect(invalidated).toBe(0);
  });
});
