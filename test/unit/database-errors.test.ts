import { describe, expect, it } from 'vitest';
import { databaseUnavailableError } from '../../src/infra/database-errors.ts';
import { ServiceUnavailableError } from '../../src/lib/errors.ts';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('which database errors mean "try again shortly"', () => {
  it.each([
    ['a refused connection', withCode('ECONNREFUSED')],
    ['a reset connection', withCode('ECONNRESET')],
    ['a server shutting down (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['a server starting up (57P03)', withCode('57P03', 'the database system is starting up')],
    ['a connection exception (08006)', withCode('08006')],
    ['a connection that ended', new Error('Connection terminated unexpectedly')],
    ['no free connection in time', new Error('timeout exceeded when trying to connect')],
    ['a failed connection reused', new Error('Client has encountered a connection error and is not queryable')],
    ['every address of a host refusing', new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')])],
    ['a connection error wrapped by a caller', new Error('could not save', { cause: withCode('ECONNRESET') })],
  ])('when it is %s, then it is a 503 with Retry-After', (_name, error) => {
    const mapped = databaseUnavailableError(error);

    expect(mapped).toBeInstanceOf(ServiceUnavailableError);
    expect(mapped!.status).toBe(503);
    expect(Number(mapped!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });

  it('when a statement ran past the statement timeout (57014), then it is a 503 that says it took too long', () => {
    const mapped = databaseUnavailableError(withCode('57014', 'canceling statement due to statement timeout'));

    expect(mapped?.status).toBe(503);
    expect(mapped?.message).toMatch(/took too long/);
  });

  it.each([
    ['a unique violation (23505)', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error (42601)', withCode('42601')],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    ['not an error at all', 'text'],
  ])('when it is %s, then it is not mapped (a 500 stays a 500)', (_name, error) => {
    expect(databaseUnavailableError(error)).toBeUndefined();
  });
});
