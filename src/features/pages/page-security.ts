import type { RequestHandler } from 'express';
import helmet from 'helmet';

const STRIPE_JS = 'https://js.stripe.com';

/** The pages' Content-Security-Policy: scripts and styles from this service only, no inline
 * script or style, no plugins, not framed. With Stripe Elements the page also loads Stripe.js,
 * which frames its card field from js.stripe.com and calls api.stripe.com. */
export function pageSecurityPolicy(gateway: 'simulator' | 'stripe'): RequestHandler {
  const stripe = gateway === 'stripe';
  return helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", ...(stripe ? [STRIPE_JS] : [])],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'", ...(stripe ? ['https://api.stripe.com'] : [])],
      frameSrc: stripe ? [STRIPE_JS, 'https://hooks.stripe.com'] : ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  });
}
