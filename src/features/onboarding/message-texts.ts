// What the customer reads. Codes expire; the texts say so without promising a number of minutes
// that configuration could change.
export const emailCodeText = (code: string) => `Your Card Vault verification code is ${code}. It expires soon; do not share it.`;
export const smsCodeText = (code: string) => `Card Vault code: ${code}. Do not share it.`;
export const signInCodeText = (code: string) => `Your Card Vault sign-in code is ${code}. If you did not ask for it, ignore this email.`;
