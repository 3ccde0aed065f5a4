/** Card numbers used only as attack input (none of them is a simulator test card, so finding one
 * anywhere the service keeps data means it got in). */
export const ATTACK_PANS = ['4111111111111111', '371449635398431', '6011000990139424', '4012888888881881', '5454545454545454'];

/** A digit keeps the marks typed after it. */
const digitsOf = (card: string) => card.match(/\P{M}\p{M}*/gu)!;
/** Groups of four, the last one taking what is left (4-4-4-3 for 15 digits, 4-4-4-4 for 16). */
const groups = (card: string) => {
  const digits = digitsOf(card);
  return [0, 4, 8, 12].map((at) => digits.slice(at, at === 12 ? digits.length : at + 4).join(''));
};
/** The digits two by two (the last pair may be one digit). */
const pairs = (card: string) => digitsOf(card).join('').match(/\P{M}\p{M}*(?:\P{M}\p{M}*)?/gu)!;
const joined = (card: string, separator: string) => groups(card).join(separator);
/** The card's digits in another script, whose zero is `zero`. */
const inScript = (card: string, zero: number) => [...card].map((digit) => String.fromCodePoint(zero + Number(digit))).join('');
const marked = (card: string, mark: string) => [...card].map((digit) => `${digit}${mark}`).join('');

/** Every way of writing a card number the outside tester used to get one stored (issue 8, item 4),
 * and a few more. */
export function cardNumberForms(card: string): Array<[string, string]> {
  return [
    ['plain digits', card],
    ['spaces', joined(card, ' ')],
    ['en dashes', joined(card, '\u2013')],
    ['em dashes', joined(card, '\u2014')],
    ['minus signs (U+2212)', joined(card, '\u2212')],
    ['hyphens (U+2010)', joined(card, '\u2010')],
    ['non-breaking hyphens (U+2011)', joined(card, '\u2011')],
    ['figure dashes (U+2012)', joined(card, '\u2012')],
    ['Arabic-Indic digits', inScript(card, 0x0660)],
    ['Persian digits', inScript(card, 0x06f0)],
    ['Devanagari digits', inScript(card, 0x0966)],
    ['Bengali digits', inScript(card, 0x09e6)],
    ['Thai digits', inScript(card, 0x0e50)],
    ['Arabic-Indic digits in groups with spaces', joined(inScript(card, 0x0660), ' ')],
    ['full-width digits', inScript(card, 0xff10)],
    ['zero-width spaces between the groups', joined(card, '\u200B')],
    ['zero-width joiners between the groups', joined(card, '\u200D')],
    ['word joiners between the groups', joined(card, '\u2060')],
    ['soft hyphens between the groups', joined(card, '\u00AD')],
    ['right-to-left marks between the groups', joined(card, '\u200F')],
    ['zero-width spaces between every digit', [...card].join('\u200B')],
    ['a combining acute accent on every digit', marked(card, '\u0301')],
    ['a combining tilde on every digit, in groups', joined(marked(card, '\u0303'), ' ')],
    ['keycap marks on the digits', marked(card, '\uFE0F\u20E3')],
    ['commas as separators', joined(card, ',')],
    ['colons as separators', joined(card, ':')],
    ['pipes as separators', joined(card, '|')],
    ['plus signs as separators', joined(card, '+')],
    ['a space, an en dash and a space', joined(card, ' \u2013 ')],
    ['no-break spaces', joined(card, '\u00A0')],
    ['a soft hyphen and an em dash', joined(inScript(card, 0xff10), '\u00AD\u2014')],
    ['Devanagari digits and RLMs', joined(inScript(card, 0x0966), '\u200F')],
    // Review of issue 8: ids, short groups, long separator runs, Hangul fillers.
    ['inside a lowercase prefix_ id, dashed', `k_${joined(card, '-')}`],
    ['inside a lowercase prefix_ id, with underscores', `r_${joined(card, '_')}`],
    ['followed by a long hex run, like a hash', `${joined(card, '-')}-aaaaaaaaaaaaaaaa`],
    ['one digit per group', digitsOf(card).join(' ')],
    ['two digits per group', pairs(card).join(' ')],
    ['the last group split in two', `${groups(card).slice(0, 3).join(' ')} ${pairs(groups(card)[3]!).join(' ')}`],
    ['a four-character separator run', joined(card, ' -- ')],
    ['Hangul fillers (U+3164) between the groups', joined(card, '\u3164')],
    ['Hangul choseong fillers (U+115F) between the groups', joined(card, '\u115F')],
    ['Hangul jungseong fillers (U+1160) between the groups', joined(card, '\u1160')],
    ['half-width Hangul fillers (U+FFA0) between the groups', joined(card, '\uFFA0')],
  ];
}
