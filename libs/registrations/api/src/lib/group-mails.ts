import type { NewMail } from '@samverkan/shared/api-mail';
import type { Language } from '@samverkan/registrations/contract';
import { formatRange } from '@samverkan/shared/util-dates';

export interface GroupMailMember {
  firstName: string;
  lastName: string;
  email: string;
  status: 'confirmed' | 'waitlisted';
  waitlistPosition: number | null;
}

export interface GroupMailContext {
  groupId: string;
  to: string;
  language: Language;
  firstName: string;
  organisationName: string;
  conferenceTitleSv: string;
  conferenceTitleEn: string | null;
  startsAt: Date;
  endsAt: Date;
  groupUrl: string;
  members: readonly GroupMailMember[];
}

const TEXT = {
  sv: {
    subject: (title: string) => `Gruppanmälan: ${title}`,
    hello: 'Hej',
    intro: (count: number, org: string, title: string) =>
      `Du har anmält ${count === 1 ? '1 deltagare' : `${count} deltagare`} från ${org} till ${title}. Varje deltagare får en egen bekräftelse med en länk för att se, ändra eller avboka sin anmälan.`,
    seated: 'Har fått plats',
    waiting: 'Står på reservlistan',
    number: (n: number) => `nummer ${n}`,
    none: 'Ingen',
    when: 'När',
    link: 'Lägg till eller avboka deltagare i gruppen',
    keep: 'Spara länken: den är din och ger tillgång till gruppens anmälningar.',
    signature: 'Svenska Industrikommuner',
  },
  en: {
    subject: (title: string) => `Group registration: ${title}`,
    hello: 'Hello',
    intro: (count: number, org: string, title: string) =>
      `You have registered ${count === 1 ? '1 participant' : `${count} participants`} from ${org} for ${title}. Each participant gets their own confirmation with a link to see, change or cancel their registration.`,
    seated: 'Have a seat',
    waiting: 'On the waiting list',
    number: (n: number) => `number ${n}`,
    none: 'Nobody',
    when: 'When',
    link: 'Add or cancel participants in the group',
    keep: 'Keep the link: it is yours and gives access to the group’s registrations.',
    signature: 'Svenska Industrikommuner',
  },
} as const;

/** The contact person's mail: who got a seat, who waits (with their number), and the group link. */
export function groupContactMail(c: GroupMailContext): NewMail {
  const t = TEXT[c.language];
  const title = c.language === 'en' ? (c.conferenceTitleEn ?? c.conferenceTitleSv) : c.conferenceTitleSv;
  const name = (m: GroupMailMember) => `${m.firstName} ${m.lastName} (${m.email})`;
  const seated = c.members.filter((m) => m.status === 'confirmed').map((m) => `- ${name(m)}`);
  const waiting = c.members.filter((m) => m.status === 'waitlisted').map((m) => `- ${name(m)}, ${t.number(m.waitlistPosition ?? 0)}`);
  const lines = [
    `${t.hello} ${c.firstName},`,
    '',
    t.intro(c.members.length, c.organisationName, title),
    '',
    `${t.seated}:`,
    ...(seated.length ? seated : [`- ${t.none}`]),
    ...(waiting.length ? ['', `${t.waiting}:`, ...waiting] : []),
    '',
    `${t.when}: ${formatRange(c.startsAt, c.endsAt, c.language)}`,
    '',
    `${t.link}:`,
    c.groupUrl,
    t.keep,
    '',
    `— ${t.signature}`,
  ];
  return { to: c.to, subject: t.subject(title), text: lines.join('\n'), subjectRef: `registration-group:${c.groupId}` };
}
