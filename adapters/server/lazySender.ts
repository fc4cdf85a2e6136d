import type { TipSender } from '../../src/tips/deliverDueTips.js';

/**
 * A sender built on first use: a pass with nothing due then loads no platform SDK (Slack's alone is
 * tens of MB). `build` runs once; a build that fails fails each send, which the pass reports.
 */
export function lazySender(build: () => Promise<TipSender | undefined>): TipSender {
  let built: Promise<TipSender> | undefined;
  const sender = () =>
    (built ??= build().then((created) => {
      if (!created) throw new Error('the platform is not configured');
      return created;
    }));
  return {
    async send(subscription, answer, context) {
      return (await sender()).send(subscription, answer, context);
    },
    async findDelivery(subscription, deliveryId) {
      const created = await sender();
      return created.findDelivery ? created.findDelivery(subscription, deliveryId) : undefined;
    },
  };
}
