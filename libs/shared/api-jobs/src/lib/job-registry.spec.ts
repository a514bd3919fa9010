import { JobRegistry } from './job-registry';

describe('JobRegistry', () => {
  const handle = async () => undefined;

  it('keeps what domains register, in order', () => {
    const registry = new JobRegistry();
    registry.add({ name: 'messaging.reminder', handle });
    registry.add({ name: 'messaging.reminders-due', handle, cron: '* * * * *' });
    expect(registry.all().map((d) => d.name)).toEqual(['messaging.reminder', 'messaging.reminders-due']);
    expect(registry.has('messaging.reminder')).toBe(true);
    expect(registry.has('other')).toBe(false);
  });

  it('refuses a queue registered twice', () => {
    const registry = new JobRegistry();
    registry.add({ name: 'a', handle });
    expect(() => registry.add({ name: 'a', handle })).toThrow(/twice/);
  });

  it('refuses names pg-boss would refuse and crons that are not five fields', () => {
    const registry = new JobRegistry();
    expect(() => registry.add({ name: 'has space', handle })).toThrow(/not allowed/);
    expect(() => registry.add({ name: 'x', handle, cron: '* * *' })).toThrow(/five-field/);
    expect(() => registry.add({ name: 'y', handle, cron: '*/5 * * * *' })).not.toThrow();
  });
});
