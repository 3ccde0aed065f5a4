import type { Clock } from '../../clock.js';
import { newId } from '../../ids.js';
import type { SupportAction, SupportAuditStore } from './support-audit-store.js';

/** Who is reading, through which endpoint: the audit trail's "who" and "what". */
export interface SupportReader {
  actor: string;
  endpoint: string;
  requestId?: string;
}

/** What one support read showed: the parameters, the accounts it named, what it disclosed in clear. */
export interface SupportReadRecord {
  query: object;
  accountIds: string[];
  disclosed?: string[];
  resultCount?: number;
}

/** The audit event every support read writes before it answers (shared by support's use cases). */
export class SupportAuditTrail {
  constructor(
    private readonly audit: SupportAuditStore,
    private readonly clock: Clock,
  ) {}

  async record(reader: SupportReader, action: SupportAction, what: SupportReadRecord): Promise<void> {
    await this.audit.insert({
      id: newId('audit'),
      actor: reader.actor,
      action,
      endpoint: reader.endpoint,
      query: { ...what.query },
      accountIds: [...new Set(what.accountIds)],
      disclosed: what.disclosed ?? [],
      resultCount: what.resultCount ?? what.accountIds.length,
      requestId: reader.requestId ?? null,
      createdAt: this.clock.now().toISOString(),
    });
  }
}
