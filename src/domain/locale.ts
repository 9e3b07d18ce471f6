export const LOCALES = ['fr', 'nl', 'de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type Names = Record<Locale, string>;

/** 'nl-BE', 'de_DE', 'EN' → a supported locale; French (the hospital's language) otherwise. */
export function toLocale(value: string | undefined | null): Locale {
  const prefix = (value ?? '').slice(0, 2).toLowerCase();
  return (LOCALES as readonly string[]).includes(prefix) ? (prefix as Locale) : 'fr';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
