import { describe, expect, it } from 'vitest';
import { commentHash, countLinks, QUARANTINE_AT, spamScore } from '../../src/modules/feedback/spam.ts';

describe('the spam score', () => {
  it('when an honest reader writes a plain remark, then it scores 0', () => {
    expect(spamScore('The step on SQL joins could use one more example.', false)).toEqual({
      score: 0,
      signals: [],
      quarantine: false,
    });
  });

  it.each([
    ['one link', 'The video moved to https://example.org/new', false, ['links'], 1],
    ['THANKS with repeats', 'Thanks!!!!!!', false, ['repeated-characters'], 2],
    ['shouting', 'THIS IS EXACTLY WHAT I NEEDED, THANK YOU', false, ['all-caps'], 2],
    ['a quick second comment', 'One more thing: add Docker.', true, ['too-fast'], 2],
  ])('when a comment has %s alone, then it is not quarantined', (_, text, fast, signals, score) => {
    expect(spamScore(text, fast)).toEqual({ score, signals, quarantine: false });
  });

  it.each([
    ['two links', 'see www.a-shop.com and https://b.example/x', false, ['links'], 3],
    ['a link and a spam word', 'Cheap loan at https://x.example', false, ['links', 'spam-words'], 4],
    ['two spam words', 'crypto casino', false, ['spam-words'], 6],
    [
      'capitals, repeats and speed',
      'BUY THIS COURSE RIGHT NOW PLEASE!!!!!!',
      true,
      ['repeated-characters', 'all-caps', 'too-fast'],
      6,
    ],
  ])('when a comment has %s, then it scores the sum of its signals', (_, text, fast, signals, score) => {
    const result = spamScore(text, fast);
    expect(result).toEqual({ score, signals, quarantine: score >= QUARANTINE_AT });
  });

  it('when short text is in capitals, then it is not counted as shouting', () => {
    expect(spamScore('OK, TLDR: GREAT', false).signals).toEqual([]);
  });

  it('when links are counted, then bare domains and www count too', () => {
    expect(countLinks('a https://x.example/y b www.z.org c shop.xyz d example')).toBe(3);
  });

  it('when two comments differ only in case and spacing, then their hashes match; other words differ', () => {
    expect(commentHash('Add  a part on\nQueues')).toBe(commentHash('add a part on queues'));
    expect(commentHash('add a part on queues')).not.toBe(commentHash('add a part on caches'));
  });
});
