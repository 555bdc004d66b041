// How a failed call looks to the app: the API's problem+json (RFC 9457), or "offline" when no answer came.
export interface FieldError {
  in: string;
  pointer: string;
  detail: string;
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

  /** The message for the field at this JSON pointer (e.g. /email), if the API named it. */
  fieldError(pointer: string) {
    return this.problem?.errors?.find((error) => error.pointer === pointer)?.detail;
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
