// A draft's document problems come from the content checks, which give the schema's message ("must be >= 1") without
// the rule's code and bound that field-messages.ts words for people. The rule is read back from the message here, so
// the editor can say "Estimated hours must be at least 1"; a message it does not know is kept as it is.
// Self-contained (the unit tests load it under the server's module rules): the shape of api/errors.ts's FieldError.
interface FieldError {
  in: string;
  pointer: string;
  detail: string;
  code?: string;
  limit?: number;
  format?: string;
}

const RULES: [RegExp, string][] = [
  [/^must be >= (\d+(?:\.\d+)?)$/, 'minimum'],
  [/^must be <= (\d+(?:\.\d+)?)$/, 'maximum'],
  [/^must be > (\d+(?:\.\d+)?)$/, 'exclusiveMinimum'],
  [/^must be < (\d+(?:\.\d+)?)$/, 'exclusiveMaximum'],
  [/^must not have fewer than (\d+) characters$/i, 'minLength'],
  [/^must not have more than (\d+) characters$/i, 'maxLength'],
  [/^must not have fewer than (\d+) items$/i, 'minItems'],
  [/^must not have more than (\d+) items$/i, 'maxItems'],
  [/^must match pattern/, 'pattern'],
  [/^must be integer$/, 'type'],
  [/^must be number$/, 'type'],
];

export const withRule = <E extends FieldError>(error: E): E => {
  if (error.code !== undefined) return error;
  for (const [pattern, code] of RULES) {
    const match = pattern.exec(error.detail);
    if (match) return { ...error, code, ...(match[1] === undefined ? {} : { limit: Number(match[1]) }) };
  }
  return error;
};
