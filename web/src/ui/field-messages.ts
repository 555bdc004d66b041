// The API's field errors in words for people: "Display name can't be empty", not "must NOT have fewer than 1
// characters". The API sends the rule that failed and its bound (`code`, `limit`, `format`) beside its own message;
// a rule this list does not know, or a check made outside the schema (its message reads on from the field's name,
// "is too common"), keeps the API's message after the field's label.
// Self-contained (the unit tests load it under the server's module rules): the shape of api/errors.ts's FieldError.
interface FieldError {
  pointer: string;
  detail: string;
  code?: string;
  limit?: number;
  format?: string;
}

const FORMATS: Record<string, string> = {
  email: 'an email address, like name@example.org',
  date: 'a date',
  'date-time': 'a date and time',
  uri: 'a web address',
  uuid: 'an identifier Waymark gave out',
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const ruleSentence = (label: string, { code, limit, format, detail }: FieldError): string | undefined => {
  switch (code) {
    case 'required':
      return `${label} can't be empty`;
    case 'minLength':
      return limit === undefined || limit <= 1
        ? `${label} can't be empty`
        : `${label} must be at least ${plural(limit, 'character', 'characters')}`;
    case 'maxLength':
      return limit === undefined ? undefined : `${label} must be at most ${plural(limit, 'character', 'characters')}`;
    case 'minimum':
      return limit === undefined ? undefined : `${label} must be at least ${limit}`;
    case 'maximum':
      return limit === undefined ? undefined : `${label} must be at most ${limit}`;
    case 'exclusiveMinimum':
      return limit === undefined ? undefined : `${label} must be more than ${limit}`;
    case 'exclusiveMaximum':
      return limit === undefined ? undefined : `${label} must be less than ${limit}`;
    case 'minItems':
      return limit === undefined || limit <= 1
        ? `Choose at least one for ${lower(label)}`
        : `Choose at least ${limit} for ${lower(label)}`;
    case 'maxItems':
      return limit === undefined ? undefined : `Choose at most ${limit} for ${lower(label)}`;
    case 'type':
      return /integer/.test(detail)
        ? `${label} must be a whole number`
        : /number/.test(detail)
          ? `${label} must be a number`
          : undefined;
    case 'format':
      return format !== undefined && FORMATS[format] !== undefined
        ? `${label} must be ${FORMATS[format]}`
        : `${label} is not in a form Waymark accepts`;
    case 'pattern':
      return `${label} is not in a form Waymark accepts`;
    case 'enum':
      return `Choose one of the options for ${lower(label)}`;
    default:
      return undefined;
  }
};

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** "Hours a week must be at most 80": the field's label, then what is wrong with it. */
export const sentenceFor = (label: string, error: FieldError) =>
  ruleSentence(label, error) ?? `${label} ${error.detail}`;

/** A label for a field the page has no control for, from the last part of its pointer: /replyNote → "Reply note". */
export const labelOfPointer = (pointer: string) => {
  const last = pointer.split('/').filter(Boolean).at(-1) ?? 'This field';
  const words = last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
