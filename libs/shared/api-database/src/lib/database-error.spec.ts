import { QueryFailedError } from 'typeorm';
import { mapDatabaseError } from './database-error';

const pgError = (code: string, constraint?: string) => Object.assign(new Error('pg'), { code, constraint });

describe('mapDatabaseError', () => {
  it('maps a unique violation to 409 and names the field from the constraint', () => {
    expect(mapDatabaseError(pgError('23505', 'users_email_uq'))).toMatchObject({ status: 409, errors: { email: 'taken' } });
    expect(mapDatabaseError(pgError('23505', 'focus_areas_strategy_code_uq'))).toMatchObject({ status: 409 });
  });

  it('maps foreign-key and check violations to 422', () => {
    expect(mapDatabaseError(pgError('23503', 'users_organisation_fk'))).toMatchObject({ status: 422, errors: { organisation: 'invalid' } });
    expect(mapDatabaseError(pgError('23514', 'organisations_type_check'))).toMatchObject({ status: 422, errors: { type: 'invalid' } });
  });

  it('unwraps TypeORM QueryFailedError', () => {
    const wrapped = new QueryFailedError('INSERT …', [], pgError('23505', 'users_email_uq'));
    expect(mapDatabaseError(wrapped)?.status).toBe(409);
  });

  it('maps bad values to 400 and lost connections to 503', () => {
    expect(mapDatabaseError(pgError('22P02'))?.status).toBe(400);
    expect(mapDatabaseError(pgError('ECONNREFUSED'))?.status).toBe(503);
    expect(mapDatabaseError(pgError('57P03'))?.status).toBe(503); // starting up / shutting down
    // A local server that is down: its socket file is gone.
    const noSocket = Object.assign(new Error('connect ENOENT /tmp/.s.PGSQL.5432'), { code: 'ENOENT', syscall: 'connect' });
    expect(mapDatabaseError(noSocket)?.status).toBe(503);
    expect(mapDatabaseError(Object.assign(new Error('no such file'), { code: 'ENOENT', syscall: 'open' }))).toBeUndefined();
  });

  it('maps overload (pool wait, no connection slot, statement timeout) to 503, not 500', () => {
    expect(mapDatabaseError(new Error('timeout exceeded when trying to connect'))).toMatchObject({ status: 503 });
    expect(mapDatabaseError(pgError('53300'))?.status).toBe(503);
    expect(mapDatabaseError(pgError('57014'))?.status).toBe(503);
    expect(mapDatabaseError(pgError('EPIPE'))).toMatchObject({ status: 503, code: 'server.unavailable' });
    // A deadlock victim or a serialisation failure wrote nothing: the client may simply try again.
    expect(mapDatabaseError(pgError('40P01'))).toMatchObject({ status: 503, code: 'server.busy' });
    expect(mapDatabaseError(pgError('40001'))).toMatchObject({ status: 503, code: 'server.busy' });
    expect(mapDatabaseError(new Error('something else'))).toBeUndefined();
  });

  it('maps a connection lost mid-request (no SQLSTATE) to 503', () => {
    expect(mapDatabaseError(new Error('Connection terminated unexpectedly'))?.status).toBe(503);
    const released = Object.assign(new Error('Database connection provided by a query runner was already released'), {
      name: 'QueryRunnerProviderAlreadyReleasedError',
    });
    expect(mapDatabaseError(released)?.status).toBe(503);
    expect(mapDatabaseError(new QueryFailedError('SELECT 1', [], new Error('Connection terminated')))?.status).toBe(503);
  });

  it('leaves unknown errors alone, and never puts SQL in the message', () => {
    expect(mapDatabaseError(new Error('boom'))).toBeUndefined();
    expect(mapDatabaseError(pgError('XX000'))).toBeUndefined();
    expect(mapDatabaseError(pgError('23505', 'users_email_uq'))).toEqual({ status: 409, code: 'database.duplicate', errors: { email: 'taken' } });
  });
});
