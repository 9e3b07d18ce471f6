import { ActivityTypes, DeliveryModes, TurnContext, type Middleware } from 'botbuilder';

/**
 * Shows "Sésame is typing…" when a turn is slow (first after `delayMs`, then every `periodMs`),
 * until the first message of the turn goes out.
 *
 * botbuilder's ShowTypingMiddleware does the same but reports a failed indicator through
 * onTurnError, which would tell the user about a "technical problem" over a mere typing hint;
 * and with deliveryMode expectReplies the replies travel in the HTTP answer, where an
 * indicator means nothing.
 */
export class TypingMiddleware implements Middleware {
  constructor(
    private readonly delayMs = 1000,
    private readonly periodMs = 3000,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const a = context.activity;
    if (a.type !== ActivityTypes.Message || a.deliveryMode === DeliveryModes.ExpectReplies) return next();
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    const schedule = (ms: number) => {
      timer = setTimeout(() => {
        if (finished) return;
        const typing = TurnContext.applyConversationReference({ type: ActivityTypes.Typing }, TurnContext.getConversationReference(a));
        context.adapter.sendActivities(context, [typing]).then(
          () => !finished && schedule(this.periodMs),
          () => undefined, // a lost indicator is not worth a retry, nor a message
        );
      }, ms);
      timer.unref();
    };
    context.onSendActivities(async (_ctx, activities, send) => {
      if (activities.some((x) => x.type === ActivityTypes.Message)) finished = true;
      return send();
    });
    schedule(this.delayMs);
    try {
      await next();
    } finally {
      finished = true;
      clearTimeout(timer);
    }
  }
}
