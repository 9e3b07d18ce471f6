import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { checkNiss } from '../../src/domain/niss';
import { Store } from '../../src/store/store';
import { servicesOf } from '../../src/services';

/** The baselines the full bot is measured against, each a plain restify server on /api/messages. */
function listen(server: restify.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

function restifyWith(handler: restify.RequestHandler): restify.Server {
  const server = restify.createServer({ handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
  server.post('/api/messages', handler);
  return server;
}

/** The floor: parse JSON, answer JSON, no bot. */
export function restifyEcho(): Promise<number> {
  return listen(
    restifyWith(async (req, res) => {
      res.json({ activities: [{ type: 'message', text: String((req.body as { text?: unknown }).text ?? '') }] });
    }),
  );
}

const localAdapter = () => new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));

/** The stock CloudAdapter echo bot, as the samples write it. */
export function stockEcho(): Promise<number> {
  const adapter = localAdapter();
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`Echo: ${context.activity.text}`);
    await next();
  });
  return listen(restifyWith(async (req, res) => void (await adapter.process(req, res, (ctx) => bot.run(ctx)))));
}

/**
 * The same seven-turn HospiSup conversation written the usual botbuilder way: a WaterfallDialog
 * with TextPrompts, state in MemoryStorage, and the same store for lookups and the grant.
 */
export function waterfallBot(dbFile: string): Promise<number> {
  const store = Store.open(dbFile, { activationDelayMs: 20 * 60_000 });
  const adapter = localAdapter();
  const conversationState = new ConversationState(new MemoryStorage());
  const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
  const manager = store.people.managerByChannelUserId('demo-manager')!;
  dialogs.add(new TextPrompt('text'));
  dialogs.add(new TextPrompt('niss', async (p) => p.recognized.succeeded && checkNiss(p.recognized.value ?? '').ok));
  type S = WaterfallStepContext & { values: Record<string, unknown> };
  dialogs.add(
    new WaterfallDialog('grant', [
      async (step) => {
        const entities = store.catalog.entities().map((e, i) => `${i + 1}. ${e.name} (INAMI ${e.inami})`).join('\n');
        return step.prompt('text', `Pour quelle entité travaillez-vous ?\n\n${entities}`);
      },
      async (step) => {
        const entity = store.catalog.entities().sort((a, b) => a.name.localeCompare(b.name, 'fr'))[Number(step.result) - 1];
        (step as S).values.entity = entity;
        const qualities = entity ? store.catalog.qualitiesOfEntity(entity.id) : [];
        (step as S).values.qualities = qualities;
        return step.prompt('text', `Quelle qualité ?\n\n${qualities.map((q, i) => `${i + 1}. ${q.names.fr}`).join('\n')}`);
      },
      async (step) => {
        (step as S).values.quality = ((step as S).values.qualities as { id: number; kind: string }[])[Number(step.result) - 1];
        return step.prompt('niss', { prompt: 'Quel est le NISS de la personne ?', retryPrompt: 'Ce NISS ne va pas.' });
      },
      async (step) => {
        const user = store.people.userByNiss(String(step.result).replace(/\D/g, ''));
        (step as S).values.user = user;
        return step.prompt('text', `J'ai trouvé ${user?.firstName} ${user?.lastName}. Est-ce la bonne personne ?`);
      },
      async (step) => {
        const q = (step as S).values.quality as { kind: string };
        const apps = store.catalog.applicationsForKind(q.kind);
        return step.prompt('text', `Quelles applications ?\n\n${apps.map((a, i) => `${i + 1}. ${a.names.fr}`).join('\n')}`);
      },
      async (step) => {
        const q = (step as S).values.quality as { kind: string };
        const wanted = String(step.result).toLowerCase();
        (step as S).values.apps = store.catalog.applicationsForKind(q.kind).filter((a) => a.code.toLowerCase() === wanted || a.aliases.includes(wanted)).map((a) => a.code);
        return step.prompt('text', `Je récapitule : ${(step as S).values.apps}. Je confirme ?`);
      },
      async (step) => {
        const v = (step as S).values as { quality: { id: number }; user: { id: number }; apps: string[] };
        const r = await servicesOf(store).grants.execute({
          idempotencyKey: `${step.context.activity.conversation.id}#${step.context.activity.id}`, managerId: manager.id,
          conversationId: step.context.activity.conversation.id, qualityId: v.quality.id, activateQuality: false,
          user: { existingUserId: v.user.id }, applicationCodes: v.apps, fn: null,
        });
        await step.context.sendActivity(`C'est enregistré (${r.grants.length} accès).`);
        return step.endDialog();
      },
    ]),
  );
  const run = async (context: TurnContext) => {
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog('grant');
    await conversationState.saveChanges(context);
  };
  return listen(restifyWith(async (req, res) => void (await adapter.process(req, res, run))));
}
