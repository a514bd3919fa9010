import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MeetingItemResponse } from '@samverkan/committee/contract';
import { aMeeting, anItem, committeeTestProviders } from '../../testing/fixtures';
import { useLanguage } from '@samverkan/shared/ui-testing';
import { Agenda } from './agenda';
import { idsOf, moveItem } from './agenda-order';

describe('moveItem', () => {
  it('moves one item and keeps the others in order, without changing the input', () => {
    const items = ['a', 'b', 'c', 'd'];
    expect(moveItem(items, 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveItem(items, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(items).toEqual(['a', 'b', 'c', 'd']);
  });

  it('clamps a target beyond the ends and ignores an unknown source', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, -4)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });

  it('gives the ids in order', () => {
    expect(idsOf([{ id: 'x' }, { id: 'y' }])).toEqual(['x', 'y']);
  });
});

@Component({
  imports: [Agenda],
  template: `<sv-agenda
    [items]="items()"
    [locked]="locked()"
    [busy]="busy()"
    (reorder)="orders.push($event)"
    (decide)="decided.push($event.id)"
    (remove)="removed.push($event.id)"
  />`,
})
class Host {
  readonly items = signal<readonly MeetingItemResponse[]>(aMeeting().items);
  readonly locked = signal(false);
  readonly busy = signal(false);
  readonly orders: string[][] = [];
  readonly decided: string[] = [];
  readonly removed: string[] = [];
}

describe('Agenda', () => {
  let fixture: ComponentFixture<Host>;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [...committeeTestProviders(), provideRouter([])] });
    await useLanguage('sv');
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  });

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const button = (label: string): HTMLButtonElement => element().querySelector(`button[aria-label="${label}"]`) as HTMLButtonElement;
  const status = (): string => element().querySelector('[data-agenda-status]')?.textContent?.trim() ?? '';

  async function press(label: string): Promise<void> {
    button(label).click();
    await fixture.whenStable();
  }

  it('numbers the items and labels every move button with the item it moves', () => {
    expect(Array.from(element().querySelectorAll('.sv-agenda__number')).map((n) => n.textContent?.trim())).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
      '5.',
    ]);
    expect(button('Flytta upp Mötets öppnande').disabled).toBe(true);
    expect(button('Flytta ned Övriga frågor').disabled).toBe(true);
    expect(button('Flytta ned Mötets öppnande').disabled).toBe(false);
    expect(element().querySelector('ol')?.getAttribute('aria-describedby')).toBe('agenda-help');
  });

  it('moves the proposal up twice with the keyboard buttons: emits each full order and announces the new place', async () => {
    await press('Flytta upp Beslut om förslag: Elnätet som flaskhals');
    expect(fixture.componentInstance.orders).toEqual([['i-1', 'i-2', 'i-4', 'i-3', 'i-5']]);
    expect(status()).toBe('Beslut om förslag: Elnätet som flaskhals är nu punkt 3 av 5.');

    await press('Flytta upp Beslut om förslag: Elnätet som flaskhals');
    expect(fixture.componentInstance.orders[1]).toEqual(['i-1', 'i-4', 'i-2', 'i-3', 'i-5']);
    expect(status()).toBe('Beslut om förslag: Elnätet som flaskhals är nu punkt 2 av 5.');
    // The page shows the new order at once, before the API answers.
    expect(element().querySelectorAll('li.sv-agenda__item')[1].getAttribute('data-item')).toBe('i-4');

    await press('Flytta ned Mötets öppnande');
    expect(fixture.componentInstance.orders[2]).toEqual(['i-4', 'i-1', 'i-2', 'i-3', 'i-5']);
  });

  it('keeps the keyboard on the moved item', async () => {
    const up = button('Flytta upp Beslut om förslag: Elnätet som flaskhals');
    up.focus();
    await press('Flytta upp Beslut om förslag: Elnätet som flaskhals');
    await new Promise((resolve) => setTimeout(resolve));
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Flytta upp Beslut om förslag: Elnätet som flaskhals');
  });

  it('keeps the move buttons enabled while a change is saved, but does not move then', async () => {
    fixture.componentInstance.busy.set(true);
    await fixture.whenStable();
    const down = button('Flytta ned Mötets öppnande');
    expect(down.disabled).toBe(false);
    await press('Flytta ned Mötets öppnande');
    expect(fixture.componentInstance.orders).toEqual([]);
  });

  it('follows the meeting again when the page passes a new agenda (after the API answered or failed)', async () => {
    await press('Flytta ned Mötets öppnande');
    fixture.componentInstance.items.set(aMeeting().items);
    await fixture.whenStable();
    expect(Array.from(element().querySelectorAll('li.sv-agenda__item')).map((li) => li.getAttribute('data-item'))).toEqual([
      'i-1',
      'i-2',
      'i-3',
      'i-4',
      'i-5',
    ]);
  });

  it('offers a decision per item and removal only for added items without a decision', async () => {
    await press('Beslut om Beslut om förslag: Elnätet som flaskhals');
    expect(fixture.componentInstance.decided).toEqual(['i-4']);
    expect(button('Ta bort Mötets öppnande från dagordningen')).toBeNull();
    await press('Ta bort Övriga frågor från dagordningen');
    expect(fixture.componentInstance.removed).toEqual(['i-5']);
  });

  it('shows no way to change anything once the minutes are locked', async () => {
    fixture.componentInstance.locked.set(true);
    await fixture.whenStable();
    expect(element().querySelectorAll('button')).toHaveLength(0);
    expect(element().querySelector('[cdkdraghandle], .sv-agenda__handle')).toBeNull();
    expect(element().textContent).toContain('Mötets öppnande');
  });

  it('links the previous minutes to their page and their PDF, or says there are none', async () => {
    fixture.componentInstance.items.set([
      anItem('p-1', 'Föregående protokoll', {
        kind: 'previous-minutes',
        previousMinutes: {
          meetingId: 'm-0',
          title: 'AU-möte 2/2027',
          startsAt: '2027-02-02T09:00:00+01:00',
          lockedAt: '2027-02-05T15:00:00+01:00',
        },
      }),
      anItem('p-2', 'Föregående protokoll', { kind: 'previous-minutes' }),
    ]);
    await fixture.whenStable();
    const [linked, none] = Array.from(element().querySelectorAll('[data-previous-minutes]')).map((p) =>
      p.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(linked).toContain('Protokollet från AU-möte 2/2027 den 2 februari 2027, justerat 5 februari 2027.');
    expect(element().querySelector('a[href="/arbetsutskottet/moten/m-0/protokoll"]')?.textContent).toContain(
      'Läs protokollet från AU-möte 2/2027',
    );
    expect(element().querySelectorAll('button[data-minutes-pdf]')).toHaveLength(1);
    expect(none).toBe('Det finns inget tidigare justerat protokoll.');
  });
});
