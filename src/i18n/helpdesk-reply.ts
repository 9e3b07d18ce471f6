import type { Locale } from '../domain/locale';
import type { HelpdeskReply } from '../../dialogs/helpdesk/helpdesk.machine';
import type { GuideContext } from '../../dialogs/helpdesk/portal-guide.machine';
import { guideSteps } from '../../dialogs/helpdesk/portal-guide';
import { messages, say } from './say';

/** The message for the current step: "Step n of total", the instruction, and the end note on the last one. */
export function guideMessage(c: GuideContext): string {
  const m = messages('people', c.locale);
  const step = guideSteps(c.needsFunction)[c.index]!;
  const guide = messages('guide', c.locale);
  const text = step.id === 'application' ? guide.application({ app: c.appName }) : (guide[step.id] as () => string)();
  const last = c.index === c.total - 1 ? `\n\n${m.guideDone()}` : '';
  return `${m.guideStepOf({ n: c.index + 1, total: c.total, text })}${last}`;
}

/** The helpdesk's reply as text in the agent's language. */
export function helpdeskText(reply: HelpdeskReply, locale: Locale): string {
  if (reply.kind === 'notice') return say('people', reply.notice, locale);
  if (reply.kind === 'near') return messages('grant', locale).personsNear({ named: reply.name, candidates: reply.candidates });
  return guideMessage({ locale, appName: reply.appName, needsFunction: reply.needsFunction, index: reply.index, total: reply.total });
}
