/** How a language version lists signatories: as the source does, or sorted the way readers of the language sort names (Intl.Collator). */
export const SIGNATORY_ORDERS = ['source', 'collation'] as const;
export type SignatoryOrder = (typeof SIGNATORY_ORDERS)[number];
