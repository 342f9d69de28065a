/**
 * What every e-mail address field asks of the browser: an e-mail keyboard, no capitals or spelling
 * fixes, and the contract's longest address. `autoComplete` says whose address it is.
 */
export const EMAIL_INPUT = { type: 'text', inputMode: 'email', autoCapitalize: 'none', spellCheck: false, maxLength: 200 } as const;
