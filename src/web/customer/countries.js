import { el } from '../shared/dom.js';
import { currentLanguage, t } from './i18n.js';

/** A country's name in the page's language. */
export const countryName = (code) => new Intl.DisplayNames([currentLanguage()], { type: 'region' }).of(code) ?? code;

/** Fills a country select from the service's list, by name. */
export function fillCountries(select, codes, selected) {
  const sorted = [...codes].sort((a, b) => countryName(a).localeCompare(countryName(b), currentLanguage()));
  select.replaceChildren(
    ...(selected ? [] : [el('option', { value: '', text: t('common.choose_country') })]),
    ...sorted.map((code) => el('option', { value: code, selected: code === selected, text: countryName(code) })),
  );
}
