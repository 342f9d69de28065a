// Type declarations used only by the tests beside this file. packages/core
// compiles without Node types (it is pure), so the few Node APIs the tests
// use and the untyped `xliff` package are declared here, minimally.

interface ImportMeta {
  url: string;
}

declare module 'node:url' {
  export class URL {
    constructor(input: string, base?: string | URL);
    readonly href: string;
  }
}

declare module 'node:fs' {
  /** Takes a `file:` URL from node:url. */
  export function readFileSync(path: { readonly href: string }, encoding: 'utf8'): string;
}

declare module 'xliff/xliff12ToJs' {
  interface JsUnit {
    source?: unknown;
    target?: unknown;
    note?: unknown;
    groupUnits?: Record<string, JsUnit>;
    additionalAttributes?: Record<string, string>;
  }
  interface XliffJs {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources: Record<string, Record<string, JsUnit>>;
  }
  export default function xliff12ToJs(xml: string): Promise<XliffJs>;
}
