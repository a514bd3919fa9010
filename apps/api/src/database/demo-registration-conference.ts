import type { INestApplication } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Conference, pickConferenceSlug } from '@samverkan/conferences/api';
import { Organisation } from '@samverkan/identity/api';
import { FocusArea } from '@samverkan/strategy/api';
import type { FocusAreaCode } from '@samverkan/strategy/contract';
import {
  ConferenceFee,
  ConferenceQuestion,
  CreateGroupRegistrationDto,
  FeesService,
  GroupRegistrations,
  QuestionsService,
  RegistrationGroup,
} from '@samverkan/registrations/api';
import type { CreateGroupRegistrationRequest, FeePrice, QuestionInput, QuestionResponse } from '@samverkan/registrations/contract';
import { fromStockholmWallTime, stockholmDate, toStockholmIso } from '@samverkan/shared/util-dates';
import { createValidationPipe } from '../platform/validation';

export const DEMO_REGISTRATION_CONFERENCE_TITLE = 'Kompetensförsörjning i industrikommunerna';
export const DEMO_GROUP_ORGANISATION = 'Olofströms kommun';

/** The form's own questions; the labels are how the group's answers find their question. */
export const DEMO_QUESTIONS: QuestionInput[] = [
  {
    kind: 'choice',
    labelSv: 'Vilken workshop vill du gå på?',
    labelEn: 'Which workshop would you like to attend?',
    required: true,
    options: [
      { labelSv: 'Yrkesutbildning nära industrin', labelEn: 'Vocational training close to industry' },
      { labelSv: 'Kompetensväxling och omställning', labelEn: 'Reskilling and transition' },
      { labelSv: 'Locka och behålla kompetens', labelEn: 'Attracting and keeping skilled people' },
    ],
  },
  { kind: 'yes-no', labelSv: 'Deltar du i middagen?', labelEn: 'Will you join the dinner?', required: true },
  {
    kind: 'long-text',
    labelSv: 'Vad vill du att konferensen tar upp?',
    labelEn: 'What would you like the conference to cover?',
    required: false,
  },
];

/** Excluding VAT, in öre; every other organisation type is free. */
export const DEMO_PRICES: FeePrice[] = [
  { organisationType: 'municipality', member: false, amountOre: 150_000 },
  { organisationType: 'municipality', member: true, amountOre: 90_000 },
  { organisationType: 'business', member: false, amountOre: 250_000 },
  { organisationType: 'business', member: true, amountOre: 250_000 },
];

const MEMBERS: Array<{ firstName: string; lastName: string; title: string; workshop: number; dinner: boolean; wish?: string }> = [
  {
    firstName: 'Maria',
    lastName: 'Lindqvist',
    title: 'Näringslivschef',
    workshop: 0,
    dinner: true,
    wish: 'Hur vi får fler lärlingar i små företag.',
  },
  { firstName: 'Johan', lastName: 'Berg', title: 'Gymnasiechef', workshop: 0, dinner: false },
  { firstName: 'Aisha', lastName: 'Haddad', title: 'Arbetsmarknadsstrateg', workshop: 1, dinner: true },
];

/**
 * The demo conference of registration questions, fees and group registration: a published conference
 * about five months ahead with its own questions, a price list, and one municipality's group of three
 * registered through the group-registration service, so seats, answers, invoice details and mails are
 * as in real use. Each step runs only while its part is missing, so a restart seeds nothing twice.
 */
export async function seedDemoRegistrationConference(app: INestApplication): Promise<void> {
  const dataSource = app.get(DataSource);
  const conference = await dataSource.transaction((manager) => ensureConference(manager));
  if (!(await dataSource.getRepository(ConferenceQuestion).existsBy({ conferenceId: conference.id }))) {
    await app.get(QuestionsService, { strict: false }).replace(conference.id, DEMO_QUESTIONS);
  }
  if (!(await dataSource.getRepository(ConferenceFee).existsBy({ conferenceId: conference.id }))) {
    const invoicedAfter = fromStockholmWallTime(stockholmDate(new Date(conference.startsAt.getTime() - 14 * 86_400_000)), '23:59');
    await app.get(FeesService, { strict: false }).set(conference.id, {
      prices: DEMO_PRICES,
      lateCancellation: { invoicedAfter: toStockholmIso(invoicedAfter), noShowInvoiced: true },
    });
  }
  const registrationOpen = conference.registrationClosesAt === null || conference.registrationClosesAt > new Date();
  if (registrationOpen && !(await dataSource.getRepository(RegistrationGroup).existsBy({ conferenceId: conference.id }))) {
    const questions = await app.get(QuestionsService, { strict: false }).list(conference.id);
    const organisation = await dataSource.getRepository(Organisation).findOneByOrFail({ name: DEMO_GROUP_ORGANISATION });
    // Through the API's own validation pipe: the body is checked and normalised as a request's would be.
    const body = (await createValidationPipe().transform(groupRequest(questions, organisation), {
      type: 'body',
      metatype: CreateGroupRegistrationDto,
    })) as CreateGroupRegistrationDto;
    await app.get(GroupRegistrations, { strict: false }).create(conference.id, body);
  }
}

async function ensureConference(manager: EntityManager): Promise<Conference> {
  const repository = manager.getRepository(Conference);
  const existing = await repository.findOneBy({ titleSv: DEMO_REGISTRATION_CONFERENCE_TITLE });
  if (existing) return existing;
  const areas = await manager.getRepository(FocusArea).createQueryBuilder('f').innerJoin('f.strategy', 's', `s.state = 'adopted'`).getMany();
  const codes: FocusAreaCode[] = ['skills', 'living-environment'];
  const host = await manager.getRepository(Organisation).findOneBy({ name: 'Sandvikens kommun' });
  const day = stockholmDate(new Date(Date.now() + 160 * 86_400_000));
  const startsAt = fromStockholmWallTime(day, '09:00');
  return repository.save(
    repository.create({
      status: 'published',
      publishedAt: new Date(),
      slug: await pickConferenceSlug(manager, DEMO_REGISTRATION_CONFERENCE_TITLE, startsAt),
      titleSv: DEMO_REGISTRATION_CONFERENCE_TITLE,
      titleEn: 'Skills supply in the industrial municipalities',
      descriptionSv:
        'En dag om hur industrikommunerna tillsammans med företag, skolor och arbetsförmedling säkrar den kompetens industrin behöver: yrkesutbildning, omställning och att locka nya invånare. Anmäl dig själv eller hela kommunens delegation; avgiften faktureras efter konferensen.',
      descriptionEn:
        'A day on how industrial municipalities, together with companies, schools and the employment service, secure the skills industry needs: vocational training, transition and attracting new residents. Register yourself or your municipality’s whole delegation; the fee is invoiced after the conference.',
      hostOrganisationId: host?.id ?? null,
      venue: 'Göransson Arena',
      address: 'Jernvägsgatan 3, 811 30 Sandviken',
      startsAt,
      endsAt: fromStockholmWallTime(day, '16:30'),
      capacity: 120,
      registrationOpensAt: new Date(Date.now() - 86_400_000),
      registrationClosesAt: fromStockholmWallTime(stockholmDate(new Date(Date.now() + 150 * 86_400_000)), '23:59'),
      focusAreas: areas.filter((a) => codes.includes(a.code)),
    }),
  );
}

function groupRequest(questions: QuestionResponse[], organisation: Organisation): CreateGroupRegistrationRequest {
  const question = (labelSv: string) => {
    const found = questions.find((q) => q.labelSv === labelSv);
    if (!found) throw new Error(`demo question ${labelSv} missing`);
    return found;
  };
  const [workshop, dinner, wish] = DEMO_QUESTIONS.map((q) => question(q.labelSv));
  return {
    contact: { firstName: 'Maria', lastName: 'Lindqvist', email: 'maria.lindqvist@olofstrom.demo.samverkan.se' },
    organisationId: organisation.id,
    organisationName: organisation.name,
    organisationType: organisation.type,
    consent: true,
    members: MEMBERS.map((m) => ({
      firstName: m.firstName,
      lastName: m.lastName,
      email: `${m.firstName}.${m.lastName}@olofstrom.demo.samverkan.se`.toLowerCase(),
      title: m.title,
      answers: {
        [workshop.id]: workshop.options[m.workshop].id,
        [dinner.id]: m.dinner,
        ...(m.wish ? { [wish.id]: m.wish } : {}),
      },
    })),
    invoice: {
      organisationNumber: '212000-0142',
      address: 'Olofströms kommun\nBox 302\n293 24 Olofström',
      reference: 'KS-4410 Maria Lindqvist',
    },
  };
}
