/** The associated data binding an encrypted id number to its card row (see FieldCipher). Whoever
 * encrypts or decrypts a card's id number (card entry, a top-up's new card, support) binds it the
 * same way. */
export const idNumberContext = (cardId: string) => `cards.id_number:${cardId}`;
