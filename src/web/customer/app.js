import { byId, el, focusHeading, show } from '../shared/dom.js';
import { setUpActivation, showActivation } from './activation.js';
import { setUpBilling, showBilling } from './billing.js';
import { setUpCardEntry } from './card-entry.js';
import { fillCountries } from './countries.js';
import { errorMessage } from './errors.js';
import { currentLanguage, languageNames, setLanguage, t, translatePage } from './i18n.js';
import { customerApi, session } from './session.js';
import { resumeAuthentication } from './three-d-secure.js';
import { setUpWelcome } from './welcome.js';
import { isPayPage, startPayPage, usePaySession } from './pay-view.js';

const views = ['view-welcome', 'view-activation', 'view-billing', 'view-pay', 'view-pay-problem'];

/** Everything the views share: the API, reference data, and how to say things to the customer. */
const ctx = {
  api: customerApi(() => {
    session.signOut();
    ctx.alert(t('session.ended'));
    void ctx.route();
  }),
  config: null,
  currencies: new Map(),
  industries: [],
  account: null,
  /** Says what an action did; `focus` moves the keyboard there, so it never falls to <body>
   * when the action's button is drawn again or goes away. */
  notice(message, { focus = false } = {}) {
    const notice = byId('notice');
    notice.textContent = message ?? '';
    if (focus && message) notice.focus();
  },
  alert(message) {
    byId('alert').textContent = message ?? '';
  },
  showView(id, title) {
    for (const view of views) show(byId(view), view === id);
    byId('page-title').textContent = title;
    document.title = t('page.document_title', { title });
  },
  currency(code) {
    return ctx.currencies.get(code) ?? { code, decimals: 2 };
  },
  /** Shows the view the account is at: sign-in, the next activation step, or billing. */
  async route({ focus = true } = {}) {
    show(byId('session'), Boolean(session.token()));
    if (!session.token()) {
      ctx.account = null;
      ctx.showView('view-welcome', t('welcome.page_title'));
    } else {
      try {
        ctx.account = await ctx.api('GET', '/v1/account');
        byId('session-email').textContent = t('header.signed_in_as', { email: ctx.account.email });
        const onboarding = await ctx.api('GET', '/v1/onboarding');
        if (onboarding.next_step === 'complete') await showBilling(ctx);
        else await showActivation(ctx, onboarding);
      } catch (error) {
        if (error.status === 401) return;
        ctx.alert(errorMessage(error));
      }
    }
    if (focus) focusHeading(byId('page-title'));
  },
};

/** The language switch in the header: the page is written again in the chosen language. */
function setUpLanguage() {
  const select = byId('language');
  select.replaceChildren(...Object.entries(languageNames).map(([code, name]) => el('option', { value: code, lang: code, selected: code === currentLanguage(), text: name })));
  select.addEventListener('change', async () => {
    setLanguage(select.value);
    translatePage();
    if (ctx.config) fillCountries(byId('register-country'), ctx.config.countries, byId('register-country').value || undefined);
    ctx.notice('');
    ctx.alert('');
    if (ctx.config) await ctx.route({ focus: false });
    select.focus();
  });
}

async function start() {
  translatePage();
  setUpLanguage();
  // A pay link (/pay/<token>) works on its own session, not on the stored sign-in.
  const payPage = isPayPage();
  if (payPage) usePaySession(ctx);
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
    ctx.alert(errorMessage(error));
    return;
  } finally {
    show(byId('loading'), false);
  }
  // A new try replaces what the last one said, and so does moving to another tab.
  const forgetNotices = () => {
    ctx.notice('');
    ctx.alert('');
  };
  document.addEventListener('submit', forgetNotices, true);
  if (payPage) {
    setUpCardEntry(ctx);
    await startPayPage(ctx);
    return;
  }
  byId('sign-out').addEventListener('click', () => {
    session.signOut();
    ctx.notice(t('session.signed_out'));
    void ctx.route();
  });
  for (const tab of document.querySelectorAll('[role="tab"]')) tab.addEventListener('click', forgetNotices, true);
  setUpWelcome(ctx);
  setUpActivation(ctx);
  setUpCardEntry(ctx);
  setUpBilling(ctx);
  if (session.token() && session.pending()) await resumeAuthentication(ctx);
  await ctx.route({ focus: false });
}

void start();
