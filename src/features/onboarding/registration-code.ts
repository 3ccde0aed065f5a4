import type { RegistrationCode } from '../accounts/account-service.js';
import { emailCodeText } from './message-texts.js';
import type { VerificationCodes } from './verification-codes.js';

/** Registration's first email code, as accounts asks for it through its RegistrationCode port. */
export const registrationCode = (codes: VerificationCodes): RegistrationCode => ({
  sendFirstEmailCode: (trx, account) =>
    codes.issue(trx, {
      accountId: account.id,
      purpose: 'email',
      channel: 'email',
      target: account.email,
      template: 'registration_code',
      text: emailCodeText,
    }),
});
