import { el } from '../shared/dom.js';

const names = new Intl.DisplayNames(['en'], { type: 'region' });
export const countryName = (code) => names.of(code) ?? code;

/** Fills a country select from the service's list, by name. */
export function fillCountries(select, codes, selected) {
  const sorted = [...codes].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  select.replaceChildren(
    ...(selected ? [] : [el('option', { value: '', text: 'Choose a country' })]),
    ...sorted.map((code) => el('option', { value: code, selected: code === selected, text: countryName(code) })),
  );
}
