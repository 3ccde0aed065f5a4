import { byId, clearErrors, el, show, showApiError, whileBusy } from '../shared/dom.js';
import { openCardForm } from './card-entry.js';
import { countryName, fillCountries } from './countries.js';
import { errorMessage, fieldMessage } from './errors.js';
import { t } from './i18n.js';

const STEPS = ['email', 'mobile', 'details', 'card'];
const currentLanguageTag = () => document.documentElement.lang || 'en';
const capitalised = (text) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The activation steps: the one the account is on is shown, the done ones are marked and skipped. */
export async function showActivation(ctx, onboarding) {
  ctx.showView('view-activation', t('activation.page_title'));
  for (const item of byId('steps').querySelectorAll('li')) {
    const step = item.dataset.step;
    const done = onboarding.steps[step] === 'done';
    item.classList.toggle('done', done);
    if (step === onboarding.next_step) item.setAttribute('aria-current', 'step');
    else item.removeAttribute('aria-current');
    item.querySelector('.step-state').textContent = done ? t('activation.done') : step === onboarding.next_step ? t('activation.current') : '';
  }
  for (const step of STEPS) show(byId(`step-${step}`), step === onboarding.next_step);
  if (onboarding.next_step === 'email') byId('email-code-note').textContent = t('email.note', { email: ctx.account.email });
  if (onboarding.next_step === 'mobile') await prepareMobile(ctx);
  if (onboarding.next_step === 'details') prepareDetails(ctx);
  if (onboarding.next_step === 'card') {
    const resumed = ctx.resumeError?.kind === 'card' ? ctx.resumeError : undefined;
    ctx.resumeError = null;
    openCardForm(ctx, { slot: byId('first-card-slot'), title: t('card_step.form_title'), cancellable: false, onDone: () => ctx.route(), error: resumed?.message, chosen: resumed?.chosen });
  }
}

async function prepareMobile(ctx) {
  const country = ctx.account.country;
  byId('mobile-phone-label').textContent = t('mobile.label', { country: countryName(country) });
  try {
    const hint = await ctx.api('GET', `/pages/phone-hint/${encodeURIComponent(country)}`);
    byId('mobile-phone-hint').textContent = hint.example
      ? t('mobile.hint_example', { country: countryName(country), example: hint.example, code: hint.calling_code })
      : t('mobile.hint', { country: countryName(country), code: hint.calling_code });
  } catch {
    byId('mobile-phone-hint').textContent = t('mobile.hint', { country: countryName(country), code: '+…' });
  }
}

function prepareDetails(ctx) {
  fillCountries(byId('details-country'), ctx.config.countries, ctx.account.country);
  const currencies = [...ctx.currencies.values()];
  const currencyName = new Intl.DisplayNames([currentLanguageTag()], { type: 'currency' });
  byId('details-currency').replaceChildren(...currencies.map((c) => el('option', { value: c.code, selected: c.code === ctx.account.currency, text: `${capitalised(currencyName.of(c.code) ?? c.name)} (${c.code})` })));
  byId('details-industry').replaceChildren(el('option', { value: '', text: t('details.choose_industry') }), ...ctx.industries.map((i) => el('option', { value: i.code, text: t(`industry.${i.code}`) === `industry.${i.code}` ? i.name : t(`industry.${i.code}`) })));
}

/** A form whose submit sends a code step and goes on to wherever the account is next. */
function onSubmit(form, work) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(form, async () => {
      clearErrors(form);
      await work();
    });
  });
}

const value = (form, name) => form.elements.namedItem(name)?.value?.trim() ?? '';

export function setUpActivation(ctx) {
  const emailForm = byId('email-code-form');
  const stepErrorFields = { invalid_code: 'code', code_expired: 'code', too_many_attempts: 'code' };
  onSubmit(emailForm, async () => {
    try {
      await ctx.api('POST', '/v1/onboarding/email-code/verify', { code: value(emailForm, 'code') });
      emailForm.reset();
      ctx.notice(t('email.confirmed'));
      await ctx.route();
    } catch (error) {
      showApiError(emailForm, error, errorMessage(error), stepErrorFields, fieldMessage);
    }
  });
  byId('email-resend').addEventListener('click', () => {
    void whileBusy(emailForm, async () => {
      clearErrors(emailForm);
      try {
        await ctx.api('POST', '/v1/onboarding/email-code');
        ctx.notice(t('email.resent', { email: ctx.account.email }));
        byId('email-code').focus();
      } catch (error) {
        showApiError(emailForm, error, errorMessage(error), stepErrorFields, fieldMessage);
      }
    });
  });

  const sendForm = byId('mobile-send-form');
  const mobileCodeForm = byId('mobile-code-form');
  onSubmit(sendForm, async () => {
    const phone = value(sendForm, 'phone');
    try {
      await ctx.api('POST', '/v1/onboarding/mobile-code', { phone });
      byId('mobile-code-note').textContent = t('mobile.sent', { phone });
      show(mobileCodeForm, true);
      byId('mobile-code').focus();
    } catch (error) {
      if (error.code === 'email_step_required') {
        ctx.alert(errorMessage(error));
        return ctx.route();
      }
      showApiError(sendForm, error, errorMessage(error, { country: countryName(ctx.account.country) }), { invalid_phone: 'phone', phone_region_mismatch: 'phone', phone_not_mobile: 'phone' }, fieldMessage);
    }
  });
  onSubmit(mobileCodeForm, async () => {
    try {
      await ctx.api('POST', '/v1/onboarding/mobile-code/verify', { code: value(mobileCodeForm, 'code') });
      mobileCodeForm.reset();
      show(mobileCodeForm, false);
      ctx.notice(t('mobile.confirmed'));
      await ctx.route();
    } catch (error) {
      showApiError(mobileCodeForm, error, errorMessage(error), stepErrorFields, fieldMessage);
    }
  });
  // The same cooldown as the email step's resend: the page says how long, in seconds.
  byId('mobile-resend').addEventListener('click', () => {
    void whileBusy(mobileCodeForm, async () => {
      clearErrors(mobileCodeForm);
      const phone = value(sendForm, 'phone');
      try {
        await ctx.api('POST', '/v1/onboarding/mobile-code', { phone });
        ctx.notice(t('mobile.resent', { phone }));
        byId('mobile-code').focus();
      } catch (error) {
        showApiError(mobileCodeForm, error, errorMessage(error), stepErrorFields, fieldMessage);
      }
    });
  });

  const detailsForm = byId('details-form');
  detailsForm.addEventListener('change', (event) => {
    if (event.target.name !== 'type') return;
    for (const node of detailsForm.querySelectorAll('[data-for-type]')) show(node, node.dataset.forType === event.target.value);
  });
  onSubmit(detailsForm, async () => {
    try {
      await ctx.api('PUT', '/v1/onboarding/details', detailsBody(detailsForm));
      ctx.notice(t('details.saved'));
      await ctx.route();
    } catch (error) {
      if (error.code === 'mobile_step_required') {
        ctx.alert(errorMessage(error));
        return ctx.route();
      }
      showApiError(detailsForm, error, errorMessage(error), {}, fieldMessage);
    }
  });
}

function detailsBody(form) {
  const optional = (name) => (value(form, name) ? value(form, name) : undefined);
  const address = {
    line1: value(form, 'address.line1'),
    line2: optional('address.line2'),
    city: value(form, 'address.city'),
    region: optional('address.region'),
    postal_code: optional('address.postal_code'),
    country: value(form, 'address.country'),
  };
  const type = form.querySelector('input[name="type"]:checked').value;
  if (type === 'individual') return { type, name: value(form, 'name'), address, industry: value(form, 'industry') };
  return {
    type,
    enterprise_name: value(form, 'enterprise_name'),
    contact_name: value(form, 'contact_name'),
    contact_position: value(form, 'contact_position'),
    currency: value(form, 'currency'),
    address,
    industry: value(form, 'industry'),
  };
}
