/** The gateway idempotency key for one step of one try: made from our own persisted ids, so a
 * retry after a crash lands on the same gateway object (stripe-node's own retry key lives for one
 * SDK call only). */
export const gatewayKey = (chargeId: string, attemptNumber: number, step: 'create' | 'confirm' | 'cancel') =>
  `${chargeId}:attempt-${attemptNumber}:${step}`;
