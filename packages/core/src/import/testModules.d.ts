// Declarations used only by the tests beside this file: packages/core compiles without Node types
// (it is pure), so the one Node API these tests use is declared here, minimally. Declarations of a
// module merge, so this adds to (and does not clash with) the ones other test folders make.

interface ImportMeta {
  url: string;
}

declare module 'node:fs' {
  /** The bytes of a file, named by a `file:` URL from node:url. */
  export function readFileSync(path: { readonly href: string }): Uint8Array;
}
