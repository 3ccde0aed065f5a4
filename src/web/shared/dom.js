// DOM helpers. API values only ever become text (textContent, attributes, option labels), never HTML.

/** @param {string} tag @param {Record<string, any>} [attributes] @param {...(Node | string | null | undefined | false)} children */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

export const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

export function show(node, visible = true) {
  node.hidden = !visible;
}

/** Clears every error shown in a form. */
export function clearErrors(form) {
  for (const node of form.querySelectorAll('.error')) {
    node.textContent = '';
    node.hidden = true;
  }
  for (const node of form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
}

/** Shows `message` next to the field named `field` (its `.error[data-error-for]`), or at the
 * form's own error line when the field is not in the form. Returns the element to focus. */
export function showFieldError(form, field, message) {
  const slot = [...form.querySelectorAll(`.error[data-error-for="${CSS.escape(field)}"]`)].find((node) => !node.parentElement?.closest('[hidden]'));
  const target = slot ?? form.querySelector('.error[data-error-for="form"]');
  if (!target) return null;
  target.textContent = message;
  target.hidden = false;
  // The control beside the error slot (for the card, the visible one of test cards or Stripe's field).
  const input = slot ? slot.parentElement?.querySelector('input, select, textarea, iframe') ?? form.querySelector(`[name="${CSS.escape(field)}"]`) : null;
  if (input) input.setAttribute('aria-invalid', 'true');
  return input ?? target;
}

/** Shows an API error next to the fields it names (`errors[]`), or next to the field the error
 * code concerns (`codeFields`), else at the form's own error line; focuses the first one.
 * `fieldText(field, apiMessage)` words a `validation_failed` field's error (default: its label and
 * the API's message, for the support console); other errors show `message` as it is, never
 * spliced with a label. */
export function showApiError(form, error, message, codeFields = {}, fieldText = (field, apiMessage) => `${labelOf(form, field)}: ${apiMessage}`) {
  clearErrors(form);
  const fieldErrors = error?.problem?.errors ?? [];
  const targets = [];
  if (fieldErrors.length > 0 && error.code !== 'validation_failed') {
    for (const { field } of fieldErrors) targets.push(showFieldError(form, field, message));
  } else if (fieldErrors.length > 0) {
    for (const { field, message: fieldMessage } of fieldErrors) targets.push(showFieldError(form, field, fieldText(field, fieldMessage)));
  } else {
    targets.push(showFieldError(form, codeFields[error?.code] ?? 'form', message));
  }
  const first = targets.find(Boolean);
  if (first && typeof first.focus === 'function') first.focus();
}

/** Runs `work` with the form's submit button disabled, so a double click sends nothing twice. */
export async function whileBusy(form, work) {
  const buttons = [...form.querySelectorAll('button')];
  for (const button of buttons) button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    for (const button of buttons) button.disabled = button.dataset.keepDisabled === 'true';
    form.removeAttribute('aria-busy');
  }
}

/** Minor units as a person reads them, with the currency's own decimals. */
export function formatMoney(amount, currency, decimals) {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(amount / 10 ** decimals);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A moment in the browser's time zone, named, so nobody has to guess the zone. */
export const formatDate = (iso) =>
  new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }).format(new Date(iso));

/** Moves focus to a heading so a screen reader and the keyboard follow a change of view. */
export function focusHeading(node) {
  if (!node) return;
  if (!node.hasAttribute('tabindex')) node.setAttribute('tabindex', '-1');
  node.focus();
}
