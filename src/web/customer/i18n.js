import en from './messages/en.js';
import es from './messages/es.js';

// Every string a customer reads comes from one catalogue per language (messages/en.js, es.js).
// The language is the browser's (Spanish for es-*, else English) unless the customer picks one
// with the switch in the header; the choice is kept in localStorage (it is not a secret).
export const catalogues = { en, es };
export const languageNames = { en: 'English', es: 'Español' };
const CHOICE_KEY = 'card-vault.language';

const preferred = () => {
  const stored = (() => {
    try {
      return localStorage.getItem(CHOICE_KEY);
    } catch {
      return null;
    }
  })();
  if (stored && stored in catalogues) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (base in catalogues) return base;
  }
  return 'en';
};

let language = preferred();

export const currentLanguage = () => language;

/** The browser's own locale when it speaks the chosen language (es-CL keeps Chile's formats),
 * else the language itself: what `Intl` formats money, dates and numbers with. */
export function locale() {
  const tags = navigator.languages ?? [navigator.language];
  return tags.find((tag) => String(tag).toLowerCase().split('-')[0] === language) ?? language;
}

export function setLanguage(next) {
  if (!(next in catalogues)) return;
  language = next;
  try {
    localStorage.setItem(CHOICE_KEY, next);
  } catch {
    // Private modes may refuse storage: the choice then lasts for this page only.
  }
}

/** The message `key` in the current language, `{name}` placeholders filled from `params`. A
 * message may be `{ one, other }`, chosen by `params.count`. */
export function t(key, params = {}) {
  let message = catalogues[language][key] ?? catalogues.en[key];
  if (message === undefined) return key;
  if (typeof message === 'object') message = message[new Intl.PluralRules(language).select(params.count ?? 0)] ?? message.other;
  return message.replace(/\{(\w+)\}/g, (whole, name) => (params[name] === undefined ? whole : String(params[name])));
}

/** Fills the static page: `data-i18n` sets an element's text, `data-i18n-label` its aria-label. */
export function translatePage(root = document) {
  document.documentElement.lang = language;
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
}
