import type { EditorUnit } from '@tessera/core/contract';
import { codeDescription, codeToken } from './formatting.ts';

/**
 * Unit content: text as it is, inline codes as small tokens that are not part of the text — the
 * same tokens (`{1}`, `{/1}`, `{2/}`) the translator types in the translation box.
 */
export function SourceText({ content }: { content: EditorUnit['source'] }) {
  return (
    <>
      {content.map((part, index) =>
        typeof part === 'string' ? (
          <span key={index}>{part}</span>
        ) : (
          <span key={index} className={`code code--${part.kind}`} title={codeDescription(part)} data-code-id={part.id} data-token={codeToken(part)}>
            {codeToken(part)}
          </span>
        ),
      )}
    </>
  );
}
