/**
 * The one shape of every message area (`<area>.catalog.ts` holds its parameters, one
 * `<area>.<lang>.ts` per language implements them): a sentence missing in one language, or one
 * with the wrong parameters, fails tsc.
 */
export type CatalogOf<P> = { [K in keyof P]: P[K] extends void ? () => string : (p: P[K]) => string };

/** A sentence to say later, by key and parameters (what dialogs hand to the renderer). */
export type NoticeOf<P> = { [K in keyof P]: P[K] extends void ? { key: K } : { key: K; params: P[K] } }[keyof P];
