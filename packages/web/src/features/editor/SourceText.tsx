import type { EditorUnit } from '@tessera/core/contract';

type Part = EditorUnit['source'][number];
type Code = Exclude<Part, string>;

function codeLabel(code: Code): string {
  if (code.kind === 'open') return `<${code.name}>`;
  if (code.kind === 'close') return `</${code.name}>`;
  return `<${code.name}/>`;
}

function codeTitle(code: Code): string {
  const attrs = Object.entries(code.attrs ?? {}).map(([key, value]) => `${key}="${value}"`);
  return [code.name, ...attrs].join(' ');
}

/** Unit content: text as it is, inline codes as small tokens that are not part of the text. */
export function SourceText({ content }: { content: EditorUnit['source'] }) {
  return (
    <>
      {content.map((part, index) =>
        typeof part === 'string' ? (
          <span key={index}>{part}</span>
        ) : (
          <span key={index} className={`code code--${part.kind}`} title={codeTitle(part)} data-code-id={part.id}>
            {codeLabel(part)}
          </span>
        ),
      )}
    </>
  );
}
