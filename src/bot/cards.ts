import type { Attachment } from 'botbuilder';
import type { Locale } from '../domain/locale';
import type { AnyPrompt as Prompt } from '../../dialogs/view';

type Choice = Prompt['choices'][number];
import { labelMarkdown, labelText, say, sayPlain } from './i18n';

/** Adaptive Cards 1.5: what Teams renders, and Web Chat too. */
export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** What every submit carries: the slot it answers and the request it belongs to. */
export interface CardData {
  slot: string;
  /** Identifies the request the card was made for (see markerOf); a card of an older request is refused. */
  marker: string;
  action?: 'answer' | 'confirm' | 'change' | 'cancel';
  /** A button's answer, as it would be typed. */
  answer?: string;
}

/** Input ids in a card; their values arrive next to `sesame` in the submit's value. */
export const INPUT = { choice: 'choice', date: 'date' } as const;

/** The conversation machine checks a click against it: see dialogs/conversation.view.ts. */
export { markerOf } from '../../dialogs/conversation.view';

/** Buttons when the choices are few and short; a choice set otherwise. */
const MAX_BUTTONS = 4;
const MAX_BUTTON_LABEL = 32;

type Element = Record<string, unknown>;

const adaptiveCard = (body: Element[], actions: Element[]): Attachment => ({
  contentType: ADAPTIVE_CARD,
  content: { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, actions },
});

const submit = (title: string, data: CardData, style?: 'positive' | 'destructive'): Element => ({
  type: 'Action.Submit',
  title,
  data: { sesame: data },
  ...(style ? { style } : {}),
});

const choiceSet = (prompt: Prompt, locale: Locale): Element => ({
  type: 'Input.ChoiceSet',
  id: INPUT.choice,
  // Required inputs must be labelled (Web Chat refuses the card otherwise; screen readers read it);
  // the question itself is the message just above the card, so the label does not say it twice.
  label: sayPlain({ key: 'cardChoiceLabel' }, locale),
  style: 'expanded',
  // Long names ("Données administratives (INAMI)…") wrap instead of being cut to an ambiguous "…".
  wrap: true,
  isMultiSelect: prompt.multiple,
  isRequired: true,
  errorMessage: sayPlain({ key: 'cardRequired' }, locale),
  // Expanded radio buttons and check boxes render their titles as Markdown (adaptivecards' useMarkdownInRadioButtonAndCheckbox).
  choices: prompt.choices.map((c) => ({ title: labelMarkdown(c.label, locale), value: labelText(c.value, locale) })),
});

const buttons = (choices: Choice[], base: CardData, locale: Locale): Element[] =>
  choices.map((c) => submit(labelText(c.label, locale), { ...base, action: 'answer', answer: labelText(c.value, locale) }));

/** The card for a prompt, or undefined when the answer is free text (NISS, names, e-mail...). */
export function cardFor(prompt: Prompt, locale: Locale, marker: string): Attachment | undefined {
  const base: CardData = { slot: prompt.slot, marker };
  // Button titles, input labels and error messages are shown as typed; only TextBlocks and choice titles are Markdown.
  const ok = submit(sayPlain({ key: 'cardSubmit' }, locale), { ...base, action: 'answer' }, 'positive');
  switch (prompt.slot) {
    case 'confirm':
      return adaptiveCard(
        [],
        [
          submit(sayPlain({ key: 'cardConfirm' }, locale), { ...base, action: 'confirm', answer: sayPlain({ key: 'yes' }, locale) }, 'positive'),
          submit(sayPlain({ key: 'cardChange' }, locale), { ...base, action: 'change' }),
          submit(sayPlain({ key: 'cardCancel' }, locale), { ...base, action: 'cancel' }, 'destructive'),
        ],
      );
    case 'startDate':
    case 'endDate':
      return adaptiveCard(
        [{ type: 'Input.Date', id: INPUT.date, label: sayPlain({ key: prompt.slot === 'startDate' ? 'cardStartDateLabel' : 'cardEndDateLabel' }, locale), isRequired: prompt.slot === 'startDate', errorMessage: sayPlain({ key: 'cardRequired' }, locale) }],
        [ok, ...buttons(prompt.choices, base, locale)],
      );
    default:
      break;
  }
  if (prompt.choices.length === 0) return undefined;
  const fitsButtons =
    !prompt.multiple &&
    prompt.choices.length <= MAX_BUTTONS &&
    prompt.choices.every((c) => labelText(c.label, locale).length <= MAX_BUTTON_LABEL);
  if (fitsButtons) return adaptiveCard([], buttons(prompt.choices, base, locale));
  return adaptiveCard([choiceSet(prompt, locale)], [ok]);
}

/** What became of a summary card's request: it replaces the buttons once the request is decided. */
export interface Decision {
  /** Replaced: the same request's summary was shown again, below; the newer card is the one to click. */
  outcome: 'confirmed' | 'cancelled' | 'replaced';
  /** The manager who clicked or typed it. */
  by: string;
  when: number;
}

const DECIDED_COLOR: Record<Decision['outcome'], string> = { confirmed: 'Good', cancelled: 'Attention', replaced: 'Default' };

/** The summary card once decided: read-only, one line saying what was decided, by whom, when. */
export function decidedCard(decision: Decision, locale: Locale): Attachment {
  const line = say({ key: 'cardDecided', params: decision }, locale);
  return adaptiveCard([{ type: 'TextBlock', text: line, wrap: true, weight: 'Bolder', color: DECIDED_COLOR[decision.outcome] }], []);
}
