// How a failed call looks to the app: the API's problem+json (RFC 9457), or "offline" when no answer came.
export interface FieldError {
  in: string;
  pointer: string;
  detail: string;
  /** The schema rule that failed (minLength, maximum, format, …) and its bound: for words of the app's own. */
  code?: string;
  limit?: number;
  format?: string;
}

export interface Problem {
  title: string;
  status: number;
  detail: string;
  requestId?: string;
  errors?: FieldError[];
}

/** A failed call: the API's problem+json, or `offline` when no answer came at all. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;
  readonly offline: boolean;

  constructor(status: number, problem: Problem | undefined, offline = false) {
    super(problem?.detail ?? (offline ? 'No connection' : `HTTP ${status}`));
    this.status = status;
    this.problem = problem;
    this.offline = offline;
  }

  /**
   * The API's error for the field at this JSON pointer (e.g. /email), if it named it. A field can break more than one
   * rule at once (a date that is neither in the pattern nor a real day); the most telling one comes first.
   */
  fieldError(pointer: string) {
    const rank = (error: FieldError) => (error.code === 'pattern' ? 1 : 0);
    return this.problem?.errors?.filter((error) => error.pointer === pointer).sort((a, b) => rank(a) - rank(b))[0];
  }
}

export const problemOf = (error: unknown): Problem | undefined =>
  typeof error === 'object' && error !== null && 'status' in error ? (error as Problem) : undefined;

export const messageOf = (error: unknown) => {
  if (error instanceof ApiError) {
    if (error.offline)
      return 'Waymark could not be reached. Check your connection and try again; nothing you typed is lost.';
    if (error.status >= 500)
      return `Something went wrong on our side (${error.problem?.requestId ?? 'no request id'}). Try again; nothing you typed is lost.`;
    return error.problem?.detail ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
};
