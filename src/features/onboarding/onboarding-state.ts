import type { AccountRow } from '../accounts/account-ports.js';

export type StepState = 'pending' | 'done';
export type OnboardingStep = 'email' | 'mobile' | 'details' | 'card';

export interface OnboardingState {
  next_step: OnboardingStep | 'complete';
  steps: Record<OnboardingStep, StepState>;
  status: AccountRow['status'];
}

const order: OnboardingStep[] = ['email', 'mobile', 'details', 'card'];

/**
 * The email step counts as done while the last email proof is younger than the grace window, and
 * for good once the mobile step is done; a customer who returns later proves the email again
 * before adding a mobile number.
 */
export function onboardingState(account: AccountRow, now: Date, emailGraceSeconds: number): OnboardingState {
  const mobileDone = account.mobile_verified_at !== null;
  const emailFresh = account.email_verified_at !== null && now.getTime() - new Date(account.email_verified_at).getTime() < emailGraceSeconds * 1000;
  const steps: Record<OnboardingStep, StepState> = {
    email: emailFresh || mobileDone ? 'done' : 'pending',
    mobile: mobileDone ? 'done' : 'pending',
    details: account.details_completed_at !== null ? 'done' : 'pending',
    card: account.status === 'active' ? 'done' : 'pending',
  };
  return { next_step: order.find((step) => steps[step] === 'pending') ?? 'complete', steps, status: account.status };
}

/** Cards may be added once the account's mobile and details are in (the card step is next or done). */
export const isReadyForCards = (account: AccountRow) => account.mobile_verified_at !== null && account.details_completed_at !== null;
