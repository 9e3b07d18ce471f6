import { z } from 'zod';
import { INPUT } from './cards';

const Submit = z
  .object({
    sesame: z.object({
      slot: z.string().min(1).max(32),
      marker: z.string().min(1).max(64),
      action: z.enum(['answer', 'confirm', 'change', 'cancel']).default('answer'),
      answer: z.string().max(500).optional(),
    }),
    [INPUT.choice]: z.string().max(2000).optional(),
    [INPUT.date]: z.string().max(32).optional(),
  })
  .loose();

/** What a card click means, in the terms the machine already understands. */
export type CardSubmit =
  | { kind: 'text'; slot: string; marker: string; text: string }
  | { kind: 'cancel'; slot: string; marker: string }
  | { kind: 'change'; slot: string; marker: string };

/**
 * Reads an Adaptive Card submit (activity.value): a button's answer, the choice(s) picked (a
 * comma list, as typed), or the ISO date. Undefined when the value is not one of our cards'.
 */
export function parseCardSubmit(value: unknown): CardSubmit | undefined {
  const parsed = Submit.safeParse(value);
  if (!parsed.success) return undefined;
  const { slot, marker, action, answer } = parsed.data.sesame;
  if (action === 'cancel') return { kind: 'cancel', slot, marker };
  if (action === 'change') return { kind: 'change', slot, marker };
  const input = parsed.data[INPUT.date] || parsed.data[INPUT.choice];
  const text = (answer ?? input ?? '').trim();
  return { kind: 'text', slot, marker, text };
}
