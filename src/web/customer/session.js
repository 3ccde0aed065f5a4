import { createApi } from '../shared/api.js';

// The customer token lives in sessionStorage: it survives a reload and the round trip through the
// bank's 3-D Secure page (a full navigation away and back), but not the closing of the tab, and it
// is never shared with other tabs or written to disk the way localStorage is. The token expires
// within the hour anyway.
const TOKEN_KEY = 'card-vault.customer-token';
const PENDING_KEY = 'card-vault.pending-authentication';

export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  signIn: (token) => sessionStorage.setItem(TOKEN_KEY, token),
  signOut: () => {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(PENDING_KEY);
  },
  /** A card or top-up waiting for the bank's page: `{ kind: 'card' | 'topup', id }` (an expiry check opens in a new tab instead). */
  pending: () => {
    try {
      return JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null');
    } catch {
      return null;
    }
  },
  setPending: (value) => (value ? sessionStorage.setItem(PENDING_KEY, JSON.stringify(value)) : sessionStorage.removeItem(PENDING_KEY)),
};

/** @param {(error: import('../shared/api.js').ApiError) => void} onUnauthenticated */
export const customerApi = (onUnauthenticated) => createApi({ token: session.token, onUnauthenticated });
