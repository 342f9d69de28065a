/**
 * Every limit on the size of input, in one place. Each keeps a hostile or mistaken upload from
 * costing seconds and gigabytes, and is far above what a statement (even with thousands of
 * signatories) or its translation files need. A deployment sets its own upload limits in bytes
 * (`TESSERA_MAX_XLIFF_BYTES`, `TESSERA_MAX_SOURCE_BYTES`), which default to these.
 */

const MB = 1024 * 1024;

/** Characters of statement text the importer reads (UTF-16 code units). */
export const MAX_TEXT_LENGTH = 5_000_000;
/** Characters of an HTML page: three times the text limit, as an uploaded file may be. */
export const MAX_HTML_LENGTH = 3 * MAX_TEXT_LENGTH;
/** Tags (counted as `<` characters) in an HTML page. */
export const MAX_HTML_TAGS = 250_000;
/** Lines in a Markdown file. */
export const MAX_MARKDOWN_LINES = 250_000;
/** Blocks (paragraphs, list items, headings…) in any document. */
export const MAX_BLOCKS = 100_000;

/** A DOCX package larger than this is refused before it is opened. */
export const MAX_DOCX_BYTES = 50 * MB;
/** Bytes inflated from a DOCX package, all entries read together. */
export const MAX_DOCX_INFLATED_BYTES = 50 * MB;
/** Entries in a DOCX package: more is not a document. */
export const MAX_DOCX_ENTRIES = 10_000;

/** An XML file (XLIFF, TMX), in UTF-8 bytes, by default. */
export const MAX_XML_BYTES = 20 * MB;
/** Nesting of XML elements: XLIFF needs about a dozen levels; far deeper is an attack. */
export const MAX_XML_DEPTH = 64;

/** A glossary file (TBX or CSV), in UTF-8 bytes. */
export const MAX_GLOSSARY_BYTES = 10 * MB;
/** Entries in one glossary file, and terms of one language pair. */
export const MAX_GLOSSARY_TERMS = 20_000;
/** Characters of a term, its translation or a forbidden variant. */
export const MAX_TERM_CHARS = 500;
/** Characters of a term's note. */
export const MAX_TERM_NOTE_CHARS = 5_000;
/** Forbidden variants of one term. */
export const MAX_FORBIDDEN_VARIANTS = 50;

/** A statement sent over HTTP, in characters (a DOCX file in base64: this many bytes). */
export const MAX_SOURCE_CHARS = 2_000_000;
/** A statement file the command line or an upload reads, in bytes, by default. */
export const MAX_SOURCE_BYTES = 5 * MB;
/** Units in one page of a language view. */
export const MAX_UNIT_PAGE = 1000;
/** Characters of the name a translation memory file is added under (its matches show it as their origin). */
export const MAX_MEMORY_ORIGIN_CHARS = 200;
