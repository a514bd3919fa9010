import { SnakeNamingStrategy, toSnakeCase } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  it('turns camelCase into snake_case', () => {
    expect(toSnakeCase('createdAt')).toBe('created_at');
    expect(toSnakeCase('titleSv')).toBe('title_sv');
    expect(toSnakeCase('HTMLParser')).toBe('html_parser');
  });

  it('names columns, join columns and tables', () => {
    const naming = new SnakeNamingStrategy();
    expect(naming.columnName('lastSeenAt', undefined, [])).toBe('last_seen_at');
    expect(naming.columnName('x', 'customName', ['address'])).toBe('address_custom_name');
    expect(naming.joinColumnName('organisation', 'id')).toBe('organisation_id');
    expect(naming.tableName('LoginAttempt', undefined)).toBe('login_attempt');
    expect(naming.tableName('LoginAttempt', 'login_attempts')).toBe('login_attempts');
  });
});
