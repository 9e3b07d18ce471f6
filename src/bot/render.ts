import { ActivityTypes, InputHints, type Activity, type CardAction } from 'botbuilder';
import type { Locale } from '../domain/locale';
import type { AnyView, Said } from '../../dialogs/view';
import { labelMarkdown, labelText, say, sayPlain } from './i18n';
import { cardFor } from './cards';

/** Beyond this, buttons crowd the chat; the numbered list in the text still works. */
const MAX_BUTTONS = 8;

/**
 * One message per turn: what happened, then what is asked, with the choices numbered
 * (typing a number or a name works everywhere), and an Adaptive Card to answer by clicking.
 * `card.marker` names the request, so a click on an older card is recognised.
 */
export function renderView(view: AnyView, locale: Locale, card: { marker: string } = { marker: '' }): Partial<Activity> {
  const parts = view.notices.map((n) => say(n, locale));
  const prompt = view.prompt;
  let suggestedActions: Activity['suggestedActions'];
  const attachment = prompt ? cardFor(prompt, locale, card.marker) : undefined;
  if (prompt) {
    parts.push(say(prompt.message, locale));
    // With a card, the card shows the choices; typing a number or a name still works.
    if (prompt.choices.length > 0 && !attachment) {
      parts.push(prompt.choices.map((c, i) => `${i + 1}. ${labelMarkdown(c.label, locale)}`).join('\n'));
      if (prompt.choices.length <= MAX_BUTTONS && !prompt.multiple) {
        const actions: CardAction[] = prompt.choices.map((c) => ({
          type: 'imBack',
          title: labelText(c.label, locale),
          value: labelText(c.value, locale),
        }));
        suggestedActions = { actions, to: [] };
      }
    }
  } else if (view.notices.some((n) => 'key' in n && n.key === 'cancelled')) {
    parts.push(say({ key: 'whatNext' }, locale));
  } else if (view.notices.some((n) => 'key' in n && n.key === 'whatYouCanDo')) {
    // Nothing under way (a language switch, "où en est-on ?"): the welcome's starters, to click.
    suggestedActions = starters(locale);
  }
  // The card carries the buttons; suggested actions beside it would offer them twice.
  if (attachment) suggestedActions = undefined;
  const attachments = [...(attachment ? [attachment] : []), ...(view.attachments ?? [])];
  return {
    type: ActivityTypes.Message,
    text: parts.join('\n\n'),
    textFormat: 'markdown',
    locale,
    inputHint: prompt ? InputHints.ExpectingInput : InputHints.AcceptingInput,
    ...(suggestedActions ? { suggestedActions } : {}),
    ...(attachments.length ? { attachments } : {}),
    channelData: {
      sesame: {
        expecting: prompt?.slot ?? null,
        marker: card.marker,
        ...(view.notices.some((n) => 'key' in n && n.key === 'cardOutdated') ? { outdated: true } : {}),
        ...(view.notices.some((n) => 'key' in n && n.key === 'cancelled') ? { cancelled: true } : {}),
        // What the summary card shows, kept to update it once decided (see summary-card.ts); never sent.
        ...(prompt && 'key' in prompt.message && prompt.message.key === 'askConfirm' ? { summary: prompt.message.params } : {}),
        ...(prompt?.choices.length ? { choices: prompt.choices.map((c) => labelText(c.value, locale)) } : {}),
        ...(view.done
          ? {
              done: {
                replayed: view.done.replayed,
                grants: view.done.grants.map((g) => ({ id: g.id, application: g.applicationCode, activeAt: new Date(g.activeAt).toISOString() })),
                functions: view.done.fn
                  ? [{ id: view.done.fn.id, function: view.done.fn.code, startDate: view.done.fn.startDate, activeAt: new Date(view.done.fn.activeAt).toISOString() }]
                  : [],
              },
            }
          : {}),
      },
    },
  };
}

/** A message of one sentence; it takes a notice, not a string, so that its values are escaped by `say`. */
export function renderText(notice: Said, locale: Locale, expecting: string | null = null): Partial<Activity> {
  return {
    type: ActivityTypes.Message,
    text: say(notice, locale),
    textFormat: 'markdown',
    locale,
    inputHint: InputHints.AcceptingInput,
    channelData: { sesame: { expecting } },
  };
}

/** The welcome, with starters a first-time manager can click (each is sent as if typed). */
export function renderWelcome(name: string, locale: Locale): Partial<Activity> {
  return { ...renderText({ key: 'welcome', params: { name } }, locale), suggestedActions: starters(locale) };
}

/** What one can start: give access, list the users, ask why someone has no access. */
function starters(locale: Locale): NonNullable<Activity['suggestedActions']> {
  const actions: CardAction[] = (['starterGrant', 'starterUsers', 'starterWhy'] as const).map((key) => {
    // A button's title and the text it sends are plain text, never Markdown.
    const text = sayPlain({ key }, locale);
    return { type: 'imBack', title: text, value: text };
  });
  return { actions, to: [] };
}
