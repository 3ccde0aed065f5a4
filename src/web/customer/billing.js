import { byId, show } from '../shared/dom.js';
import { openCardForm } from './card-entry.js';
import { cardsChanged, renderCards, setUpCards } from './cards-view.js';
import { renderHistory } from './history-view.js';
import { renderTopup } from './topup-view.js';
import { t } from './i18n.js';
import { followCollection, renderPastDueBanner, setUpPastDueBanner } from './past-due.js';

const TABS = { cards: renderCards, history: renderHistory, topup: renderTopup };
let selected = 'cards';

/** The billing center: Payment methods, History and Top up, as tabs. */
export async function showBilling(ctx) {
  ctx.showView('view-billing', t('billing.page_title'));
  // An automatic top-up's email links to #topup (to pay on-session).
  const tab = ctx.openTab ?? (location.hash === '#topup' ? 'topup' : selected);
  ctx.openTab = null;
  await Promise.all([selectTab(ctx, tab, false), renderPastDueBanner(ctx)]);
  const error = ctx.resumeError;
  if (error && (error.kind === 'card' || error.kind === 'expiry')) {
    ctx.resumeError = null;
    openCardForm(ctx, { slot: byId('add-card-slot'), title: t('cards.add'), cancellable: true, onDone: () => cardsChanged(ctx), error: error.message, chosen: error.chosen });
  }
}

async function selectTab(ctx, name, focus) {
  selected = name;
  for (const key of Object.keys(TABS)) {
    const tab = byId(`tab-${key}`);
    tab.setAttribute('aria-selected', String(key === name));
    tab.tabIndex = key === name ? 0 : -1;
    show(byId(`panel-${key}`), key === name);
  }
  await TABS[name](ctx);
  if (focus) byId(`tab-${name}`).focus();
}

export function setUpBilling(ctx) {
  const names = Object.keys(TABS);
  for (const name of names) {
    const tab = byId(`tab-${name}`);
    tab.addEventListener('click', () => void selectTab(ctx, name, false));
    // Arrow keys move between tabs, as the ARIA tabs pattern expects.
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      void selectTab(ctx, names[(names.indexOf(name) + step + names.length) % names.length], true);
    });
  }
  setUpCards(ctx);
  // A card added or updated makes the service retry what is past due: the banner reads it again.
  ctx.onCardsChanged = () => {
    if (byId('past-due-banner').hidden) return;
    void followCollection(() => renderPastDueBanner(ctx)).then((paid) => {
      if (paid) ctx.notice(`${byId('notice').textContent} ${t('pay.paid_now')}`.trim(), { focus: true });
    });
  };
  setUpPastDueBanner(ctx, {
    showCards: async () => {
      await selectTab(ctx, 'cards', false);
      byId('cards-title').focus();
    },
  });
}
