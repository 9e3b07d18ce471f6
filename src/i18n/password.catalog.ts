import type { PasswordProblem } from '../domain/password';
import type { CatalogOf, NoticeOf } from './types';

export type TokenProblemKey = 'unknown' | 'expired' | 'used' | 'replaced';

/** The page where an invited person chooses their password (src/http/password-page.ts). */
export interface PasswordMessageParams {
  passwordTitle: void;
  passwordIntro: { firstName: string; username: string };
  passwordRules: void;
  passwordLabel: void;
  passwordConfirmLabel: void;
  passwordSubmit: void;
  passwordProblem: { problem: PasswordProblem };
  passwordSet: { username: string };
  tokenProblem: { problem: TokenProblemKey };
}

export type PasswordCatalog = CatalogOf<PasswordMessageParams>;
export type PasswordNotice = NoticeOf<PasswordMessageParams>;
