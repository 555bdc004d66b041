import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E } from '../../src/modules/search/search.repository.ts';
import { highlightsOf } from '../../src/modules/search/search.service.ts';

describe('highlightsOf', () => {
  it('when a snippet has marked words, then they become ranges into the snippet without its marks', () => {
    const { snippet, highlights } = highlightsOf(`tokens such as ${S}JWTs${E} and ${S}JWT${E}.`);

    expect(snippet).toBe('tokens such as JWTs and JWT.');
    expect(highlights.map(({ start, end }) => snippet.slice(start, end))).toEqual(['JWTs', 'JWT']);
  });

  it('when the text before a mark has characters outside the BMP, then the ranges count UTF-16 units as JavaScript does', () => {
    const { snippet, highlights } = highlightsOf(`🚀 launch ${S}Redis${E}`);

    expect(snippet.slice(highlights[0]!.start, highlights[0]!.end)).toBe('Redis');
  });

  it('when marks are unpaired or empty, then no range is made and the text is kept', () => {
    expect(highlightsOf(`a ${E}b ${S}${E}c ${S}d`)).toEqual({ snippet: 'a b c d', highlights: [] });
  });
});
