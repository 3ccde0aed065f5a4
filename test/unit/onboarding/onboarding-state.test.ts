import { expect } from 'chai';
import type { AccountRow } from '../../../src/features/accounts/account-ports.js';
import { onboardingState } from '../../../src/features/onboarding/onboarding-state.js';

const now = new Date('2026-11-23T12:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
const account = (changes: Partial<AccountRow>): AccountRow => ({
  id: 'acct_1', email: 'a@b.c', email_normalized: 'a@b.c', country: 'US', currency: 'USD', type: null, details: null, mobile: null,
  email_verified_at: null, mobile_verified_at: null, details_completed_at: null, status: 'registered', activated_at: null,
  created_at: minutesAgo(60), updated_at: minutesAgo(60), ...changes,
});

describe('onboarding state', () => {
  it('when the email was proven 9 minutes ago, then the mobile step is next', () => {
    expect(onboardingState(account({ email_verified_at: minutesAgo(9) }), now, 600).next_step).to.equal('mobile');
  });
  it('when the email proof is older than the grace window and no mobile, then the email is pending again', () => {
    expect(onboardingState(account({ email_verified_at: minutesAgo(10) }), now, 600).steps.email).to.equal('pending');
  });
  it('when the mobile is verified, then the email step stays done however old its proof', () => {
    const state = onboardingState(account({ email_verified_at: minutesAgo(600), mobile_verified_at: minutesAgo(590) }), now, 600);
    expect(state).to.deep.include({ next_step: 'details' });
    expect(state.steps.email).to.equal('done');
  });
  it('when details are complete and the account is active, then onboarding is complete', () => {
    const state = onboardingState(account({ mobile_verified_at: minutesAgo(5), details_completed_at: minutesAgo(4), status: 'active' }), now, 600);
    expect(state).to.deep.equal({ next_step: 'complete', steps: { email: 'done', mobile: 'done', details: 'done', card: 'done' }, status: 'active' });
  });
});
