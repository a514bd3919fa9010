import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { Proposal } from '../proposal.entity';
import { escapeLike, filterProposals } from './proposal-filters';

/** A query builder on a data source that never connects: enough to read the SQL and its parameters. */
const dataSource = new DataSource({ type: 'postgres' });
const base = () => dataSource.createQueryBuilder().select('p.id').from('proposals', 'p') as unknown as SelectQueryBuilder<Proposal>;
const council = { id: '11111111-1111-4111-8111-111111111111', roles: ['programme-council' as const] };
const admin = { id: '22222222-2222-4222-8222-222222222222', roles: ['admin' as const] };

describe('filterProposals', () => {
  it('passes every filter value as a parameter, never in the SQL text', () => {
    const hostile = `x'; DROP TABLE proposals; --`;
    const [sql, parameters] = filterProposals(
      base(),
      {
        search: hostile,
        state: 'submitted',
        conferenceId: '33333333-3333-4333-8333-333333333333',
        focusArea: 'skills',
        proposerId: admin.id,
      },
      council,
    ).getQueryAndParameters();
    expect(sql).not.toContain('DROP');
    expect(sql).not.toContain('submitted');
    expect(sql).not.toContain('skills');
    expect(sql).not.toContain(council.id);
    expect(sql).toMatch(/\$\d/);
    expect(parameters).toEqual(
      expect.arrayContaining([`%${hostile}%`, 'submitted', 'skills', council.id, admin.id, '33333333-3333-4333-8333-333333333333']),
    );
  });

  it('leaves others’ drafts out unless the viewer may read drafts', () => {
    expect(filterProposals(base(), {}, council).getQuery()).toContain(`p.state <> 'draft'`);
    expect(filterProposals(base(), {}, admin).getQuery()).not.toContain('draft');
  });

  it('adds no condition for a filter not given', () => {
    expect(filterProposals(base(), {}, admin).getQuery()).not.toContain('WHERE');
  });
});

describe('escapeLike', () => {
  it('makes %, _ and \\ match themselves', () => {
    expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
    expect(escapeLike('Vätgas')).toBe('Vätgas');
  });
});
