import { ApiError } from '../shared/api.js';
import { declineKey } from './decline-keys.js';
import { dateTime } from './format.js';
import { t } from './i18n.js';

// The API's `detail` is written for integrators (it names paths and ids); the customer reads the
// page's own words for the error's stable `code`, and for a decline, its `decline_code`.

/** A decline in the customer's words; an unknown or hidden code reads as the generic decline. */
export const declineMessage = (code, declineCode) => t(`decline.${declineKey(code, declineCode)}`);

/** A recorded failure (card history, a top-up) in the customer's words. */
export function failureMessage(failure) {
  if (!failure) return '';
  if (failure.code === 'card_declined' || failure.code === 'authentication_failed') return declineMessage(failure.code, failure.decline_code);
  const key = `failure.${failure.code}`;
  const text = t(key);
  return text === key ? t('failure.other') : text;
}

const seconds = (error) => error.retryAfter ?? 60;

/** What a person reads for an error. `params` fills what the page knows and the code needs
 * (the amount range of a top-up). */
export function errorMessage(error, params = {}) {
  if (!(error instanceof ApiError)) return t('error.page');
  if (error.status === 0) return t('error.network');
  switch (error.code) {
    case 'card_declined':
    case 'authentication_failed':
      return declineMessage(error.code, error.problem.decline_code);
    case 'too_many_card_failures':
      // Retry-After is the moment the oldest counted failure is a day old; 30 s means checks are still under way.
      return seconds(error) <= 60
        ? t('error.card_checks_running', { count: seconds(error) })
        : t('error.too_many_card_failures', { time: dateTime(Date.now() + seconds(error) * 1000) });
    case 'resend_too_soon':
      return t('error.resend_too_soon', { count: seconds(error) });
    case 'rate_limited':
      return t('error.rate_limited', { count: seconds(error) });
    case 'internal_error':
      return error.problem.error_id ? t('error.internal_with_id', { id: error.problem.error_id }) : t('error.internal');
    default: {
      const key = `error.${error.code}`;
      const text = t(key, params);
      if (text !== key) return text;
      return error.status >= 500 ? t('error.internal') : t('error.other');
    }
  }
}

/** The message next to one field of a `validation_failed` answer. */
export function fieldMessage(field) {
  const key = `field.${field}`;
  const text = t(key);
  return text === key ? t('field.other') : text;
}
