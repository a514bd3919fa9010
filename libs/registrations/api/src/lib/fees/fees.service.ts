import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Conference, ConferenceEvents, ConferencesService } from '@samverkan/conferences/api';
import type { AuthenticatedUser } from '@samverkan/identity/api';
import { ORGANISATION_TYPES } from '@samverkan/identity/contract';
import {
  VAT_PERCENT,
  priceWithVat,
  type ConferenceFeesRequest,
  type ConferenceFeesResponse,
  type FeePrice,
  type FeeQuoteResponse,
} from '@samverkan/registrations/contract';
import { badRequest, notFound } from '@samverkan/shared/api-http';
import { toStockholmIso } from '@samverkan/shared/util-dates';
import type { FeeQuoteQueryDto } from './dto/fees.dto';
import { ConferenceFee, ConferenceFeeRule } from './fee.entity';
import { RegistrationFees } from './registration-fees';

/** A conference's price list and late-cancellation rule: staff set them, anyone may ask what applies. */
@Injectable()
export class FeesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly conferenceEvents: ConferenceEvents,
    private readonly conferences: ConferencesService,
    private readonly registrationFees: RegistrationFees,
  ) {}

  onModuleInit(): void {
    // A copied conference gets the same prices, and the rule's time moves with its dates.
    this.conferenceEvents.onCopied(async (manager, { fromId, toId, shift }) => {
      await manager.query(
        `INSERT INTO conference_fees (conference_id, organisation_type, member, amount_ore)
         SELECT $2, organisation_type, member, amount_ore FROM conference_fees WHERE conference_id = $1`,
        [fromId, toId],
      );
      // The rule's time keeps its Stockholm clock time, like every other date of the copy.
      const rules = (await manager.query(`SELECT invoiced_after, no_show_invoiced FROM conference_fee_rules WHERE conference_id = $1`, [
        fromId,
      ])) as { invoiced_after: Date | null; no_show_invoiced: boolean }[];
      for (const rule of rules) {
        await manager.query(`INSERT INTO conference_fee_rules (conference_id, invoiced_after, no_show_invoiced) VALUES ($1, $2, $3)`, [
          toId,
          rule.invoiced_after ? shift(rule.invoiced_after) : null,
          rule.no_show_invoiced,
        ]);
      }
    });
  }

  async get(conferenceId: string): Promise<ConferenceFeesResponse> {
    await requireConference(this.dataSource.manager, conferenceId);
    return this.read(this.dataSource.manager, conferenceId);
  }

  /** Replaces the whole price list and the rule in one transaction. */
  async set(conferenceId: string, body: ConferenceFeesRequest): Promise<ConferenceFeesResponse> {
    const seen = new Set<string>();
    for (const price of body.prices) {
      const key = `${price.organisationType}/${price.member}`;
      if (seen.has(key)) throw badRequest('fees.duplicate-price', { errors: { prices: 'duplicate' } });
      seen.add(key);
    }
    return this.dataSource.transaction(async (manager) => {
      await requireConference(manager, conferenceId, true);
      await manager.getRepository(ConferenceFee).delete({ conferenceId });
      const charged = body.prices.filter((p) => p.amountOre > 0);
      if (charged.length) await manager.getRepository(ConferenceFee).insert(charged.map((p) => ({ ...p, conferenceId })));
      const { invoicedAfter, noShowInvoiced } = body.lateCancellation;
      await manager
        .getRepository(ConferenceFeeRule)
        .upsert({ conferenceId, invoicedAfter: invoicedAfter ? new Date(invoicedAfter) : null, noShowInvoiced }, ['conferenceId']);
      return this.read(manager, conferenceId);
    });
  }

  /** What a registration of this organisation type (and known organisation) would cost; drafts stay 404 to the public. */
  async quote(conferenceId: string, query: FeeQuoteQueryDto, user?: AuthenticatedUser): Promise<FeeQuoteResponse> {
    const manager = this.dataSource.manager;
    await this.conferences.findVisibleLean(manager, conferenceId, user);
    const fee = await this.registrationFees.feeFor(manager, conferenceId, query.organisationType, query.organisationId);
    return { organisationType: query.organisationType, member: fee.member, feeApplies: fee.amountOre > 0, ...priceWithVat(fee.amountOre) };
  }

  private async read(manager: EntityManager, conferenceId: string): Promise<ConferenceFeesResponse> {
    const [fees, rule] = await Promise.all([
      manager.getRepository(ConferenceFee).findBy({ conferenceId }),
      manager.getRepository(ConferenceFeeRule).findOneBy({ conferenceId }),
    ]);
    const amount = new Map(fees.map((f) => [`${f.organisationType}/${f.member}`, f.amountOre]));
    const prices: FeePrice[] = ORGANISATION_TYPES.flatMap((organisationType) =>
      [false, true].map((member) => ({ organisationType, member, amountOre: amount.get(`${organisationType}/${member}`) ?? 0 })),
    );
    return {
      prices,
      lateCancellation: {
        invoicedAfter: rule?.invoicedAfter ? toStockholmIso(rule.invoicedAfter) : null,
        noShowInvoiced: rule?.noShowInvoiced ?? true,
      },
      vatPercent: VAT_PERCENT,
    };
  }
}

/** The conference or 404; with `lock`, its row is locked so two saves of the price list run one after the other. */
export async function requireConference(manager: EntityManager, id: string, lock = false): Promise<Conference> {
  const conference = await manager
    .getRepository(Conference)
    .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!conference) throw notFound('conferences.not-found');
  return conference;
}
