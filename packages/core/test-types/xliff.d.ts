// The `xliff` package ships no types; the compatibility test uses one function of it.
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
