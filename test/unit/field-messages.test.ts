import { describe, expect, it } from 'vitest';
import { labelOfPointer, sentenceFor } from '../../web/src/ui/field-messages.ts';

const error = (code: string | undefined, detail: string, more: { limit?: number; format?: string } = {}) => ({
  in: 'body',
  pointer: '/x',
  detail,
  ...(code === undefined ? {} : { code }),
  ...more,
});

describe('field errors in words', () => {
  it.each([
    [error('minLength', 'must NOT have fewer than 1 characters', { limit: 1 }), "Display name can't be empty"],
    [error('required', 'is required'), "Display name can't be empty"],
    [
      error('minLength', 'must NOT have fewer than 8 characters', { limit: 8 }),
      'Display name must be at least 8 characters',
    ],
    [
      error('maxLength', 'must NOT have more than 80 characters', { limit: 80 }),
      'Display name must be at most 80 characters',
    ],
    [error('maximum', 'must be <= 80', { limit: 80 }), 'Display name must be at most 80'],
    [error('minimum', 'must be >= 1', { limit: 1 }), 'Display name must be at least 1'],
    [error('type', 'must be integer'), 'Display name must be a whole number'],
    [
      error('format', 'must match format "email"', { format: 'email' }),
      'Display name must be an email address, like name@example.org',
    ],
    [error(undefined, 'is too common: choose another'), 'Display name is too common: choose another'],
  ])('when the API sends %j, then the field reads "%s"', (fieldError, sentence) => {
    expect(sentenceFor('Display name', fieldError)).toBe(sentence);
  });

  it('when a field has no control on the page, then its pointer gives it a label', () => {
    expect(labelOfPointer('/replyNote')).toBe('Reply note');
    expect(labelOfPointer('/roadmaps/0/slug')).toBe('Slug');
  });
});
