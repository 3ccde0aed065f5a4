import type { AttemptRow, ChargeRow } from '../charges/charge-rows.js';
import type { ChargesOfAccount } from '../charges/charges-of-account-port.js';
import type { DunningStep, PastDueCharges, PastDueSummary } from '../charges/past-due.js';

/** The support view shows this many of the newest charges. */
const RECENT_CHARGES = 50;

/** An account's recent charges as support reads them, with every try and their dunning. */
export interface SupportChargeRecordsOf {
  charges: ChargeRow[];
  attempts: AttemptRow[];
  chargesHaveMore: boolean;
  pastDue: PastDueSummary | null;
  dunning: Map<string, DunningStep[]>;
}

/** The charges part of support's account view, through the charges feature's ports. */
export class SupportChargeRecords {
  constructor(
    private readonly charges: ChargesOfAccount,
    /** The charges feature's past-due port: the account's past-due state and each charge's dunning. */
    private readonly pastDue?: Pick<PastDueCharges, 'summaryOf' | 'timelineOf'>,
  ) {}

  async of(accountId: string): Promise<SupportChargeRecordsOf> {
    const chargeRows = await this.charges.list(accountId, { limit: RECENT_CHARGES + 1 });
    const charges = chargeRows.slice(0, RECENT_CHARGES);
    const [pastDue, dunning, attempts] = await Promise.all([
      this.pastDue?.summaryOf(accountId) ?? null,
      this.dunningOf(charges),
      this.charges.attemptsOf(charges.map((charge) => charge.id)),
    ]);
    return { charges, attempts, chargesHaveMore: chargeRows.length > RECENT_CHARGES, pastDue, dunning };
  }

  /** The dunning timeline of each shown charge that went past due (`on_failure: "retry"` and no
   * card paid at first): still past due, paid later, failed when retries ran out, or canceled. */
  private async dunningOf(charges: ChargeRow[]): Promise<Map<string, DunningStep[]>> {
    const timelines = new Map<string, DunningStep[]>();
    const { pastDue } = this;
    if (!pastDue) return timelines;
    const dunned = charges.filter((charge) => charge.on_failure === 'retry' && charge.past_due_since);
    const steps = await Promise.all(dunned.map((charge) => pastDue.timelineOf(charge.id)));
    dunned.forEach((charge, index) => timelines.set(charge.id, steps[index]!));
    return timelines;
  }
}
