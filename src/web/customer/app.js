import { messageFor } from '../shared/api.js';
import { byId, focusHeading, show } from '../shared/dom.js';
import { setUpActivation, showActivation } from './activation.js';
import { setUpBilling, showBilling } from './billing.js';
import { setUpCardEntry } from './card-entry.js';
import { customerApi, session } from './session.js';
import { resumeAuthentication } from './three-d-secure.js';
import { setUpWelcome } from './welcome.js';

const views = ['view-welcome', 'view-activation', 'view-billing'];

/** Everything the views share: the API, reference data, and how to say things to the customer. */
const ctx = {
  api: customerApi(() => {
    session.signOut();
    ctx.alert('Your session has ended. Sign in again to continue.');
    void ctx.route();
  }),
  config: null,
  currencies: new Map(),
  industries: [],
  account: null,
  notice(message) {
    byId('notice').textContent = message ?? '';
  },
  alert(message) {
    byId('alert').textContent = message ?? '';
  },
  showView(id, title) {
    for (const view of views) show(byId(view), view === id);
    byId('page-title').textContent = title;
    document.title = `${title}: Card Vault`;
  },
  currency(code) {
    return ctx.currencies.get(code) ?? { code, decimals: 2 };
  },
  /** Shows the view the account is at: sign-in, the next activation step, or billing. */
  async route({ focus = true } = {}) {
    show(byId('session'), Boolean(session.token()));
    if (!session.token()) {
      ctx.account = null;
      ctx.showView('view-welcome', 'Create an account or sign in');
    } else {
      try {
        ctx.account = await ctx.api('GET', '/v1/account');
        byId('session-email').textContent = `Signed in as ${ctx.account.email}`;
        const onboarding = await ctx.api('GET', '/v1/onboarding');
        if (onboarding.next_step === 'complete') await showBilling(ctx);
        else await showActivation(ctx, onboarding);
      } catch (error) {
        if (error.status === 401) return;
        ctx.alert(messageFor(error));
      }
    }
    if (focus) focusHeading(byId('page-title'));
  },
};

async function start() {
  try {
    const [config, currencies, industries] = await Promise.all([
      ctx.api('GET', '/pages/config.json'),
      ctx.api('GET', '/v1/reference/currencies'),
      ctx.api('GET', '/v1/reference/industries'),
    ]);
    ctx.config = config;
    for (const currency of currencies.data) ctx.currencies.set(currency.code, currency);
    ctx.industries = industries.data;
  } catch (error) {
    ctx.alert(messageFor(error));
    return;
  } finally {
    show(byId('loading'), false);
  }
  byId('sign-out').addEventListener('click', () => {
    session.signOut();
    ctx.notice('You are signed out.');
    void ctx.route();
  });
  // A new try replaces what the last one said.
  document.addEventListener('submit', () => {
    ctx.notice('');
    ctx.alert('');
  }, true);
  setUpWelcome(ctx);
  setUpActivation(ctx);
  setUpCardEntry(ctx);
  setUpBilling(ctx);
  if (session.token() && session.pending()) await resumeAuthentication(ctx);
  await ctx.route({ focus: false });
}

void start();
