import type { RequestHandler } from 'express';
import { AppError } from '../errors.js';
import { findCardNumber } from './find-card-number.js';

/** Raw card numbers must never reach us: cards arrive as gateway tokens. The value itself is
 * neither echoed nor logged (the logger also redacts card numbers on every line). */
export const refuseRawCardData: RequestHandler = (req, _res, next) => {
  if (findCardNumber(req.body) || findCardNumber(req.query)) {
    throw new AppError(
      'raw_card_data_refused',
      'The request contains what looks like a card number. Never send card numbers here: collect the card with the gateway (Stripe Elements) and send its payment-method id (pm_…).',
    );
  }
  next();
};
