import type { Publication } from '../assemble.ts';

/** Keys of the publication strings (`locales/<lang>/publication.json`). */
export type PublicationStringKey =
  | 'preview.banner'
  | 'preview.fallback'
  | 'preview.draft'
  | 'publication.signatories'
  | 'publication.languages'
  | 'publication.fallbackNotice'
  | 'publication.credits'
  | 'publication.translator'
  | 'publication.reviewer'
  | 'publication.version'
  | 'publication.draft';

/** Publication strings in the publication's language, ICU messages through i18next on the server. */
export type PublicationStrings = (key: PublicationStringKey, values?: Record<string, unknown>) => string;

/** Another published language version of the same statement. */
export interface PublicationAlternate {
  lang: string;
  /** The language's own name for itself (“Français”, “日本語”). */
  label: string;
  /** Relative to the page that links to it, so a bundle works on any host. */
  href: string;
}

/** A volunteer who chose to be credited, under the name they chose (never an e-mail address). */
export interface PublicationCredit {
  role: 'translator' | 'reviewer';
  name: string;
}

/** Everything a format needs to write one language version. */
export interface PublicationDocument {
  publication: Publication;
  /** Defaults to the publication's own title (its first title or heading). */
  title?: string;
  /** The statement's date (YYYY-MM-DD); defaults to the publication's date line. */
  date?: string | null;
  sourceRevision: number;
  /** The snapshot's number; null for a preview. */
  version: number | null;
  /** When the snapshot was published (ISO 8601); null for a preview. */
  publishedAt: string | null;
  /** Every published language, this one included. */
  alternates: PublicationAlternate[];
  credits: PublicationCredit[];
  strings: PublicationStrings;
}

/** One way of writing a language version; registered once in `registry.ts`. */
export interface PublicationFormat {
  id: string;
  label: string;
  /** File extension, without the dot. */
  extension: string;
  mediaType: string;
  render(doc: PublicationDocument): string | Promise<Uint8Array>;
}
