import { byId, clearErrors, show, showApiError, whileBusy } from '../shared/dom.js';
import { fillCountries } from './countries.js';
import { errorMessage, fieldMessage } from './errors.js';
import { t } from './i18n.js';
import { session } from './session.js';

/** Registration and sign-in (by emailed code). */
export function setUpWelcome(ctx) {
  const register = /** @type {HTMLFormElement} */ (byId('register-form'));
  const request = /** @type {HTMLFormElement} */ (byId('sign-in-request-form'));
  const signIn = /** @type {HTMLFormElement} */ (byId('sign-in-form'));
  fillCountries(byId('register-country'), ctx.config.countries);

  register.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(register, async () => {
      clearErrors(register);
      const body = { email: register.elements.namedItem('email').value.trim(), country: register.elements.namedItem('country').value };
      try {
        const { token } = await ctx.api('POST', '/v1/accounts', body);
        session.signIn(token);
        ctx.alert('');
        ctx.notice(t('welcome.created', { email: body.email }));
        register.reset();
        await ctx.route();
      } catch (error) {
        showApiError(register, error, errorMessage(error), { email_taken: 'email' }, fieldMessage);
      }
    });
  });

  let email = '';
  request.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(request, async () => {
      clearErrors(request);
      email = request.elements.namedItem('email').value.trim();
      try {
        await ctx.api('POST', '/v1/sessions/email-code', { email });
        show(signIn, true);
        byId('sign-in-code').focus();
      } catch (error) {
        showApiError(request, error, errorMessage(error), {}, fieldMessage);
      }
    });
  });

  signIn.addEventListener('submit', (event) => {
    event.preventDefault();
    void whileBusy(signIn, async () => {
      clearErrors(signIn);
      try {
        const { token } = await ctx.api('POST', '/v1/sessions', { email, code: signIn.elements.namedItem('code').value.trim() });
        session.signIn(token);
        signIn.reset();
        show(signIn, false);
        ctx.alert('');
        ctx.notice(t('welcome.signed_in'));
        await ctx.route();
      } catch (error) {
        const message = error.code === 'invalid_code' ? t('welcome.code_wrong') : errorMessage(error);
        showApiError(signIn, error, message, { invalid_code: 'code' }, fieldMessage);
      }
    });
  });
}
