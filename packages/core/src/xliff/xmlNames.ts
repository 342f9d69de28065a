import { InputError } from '../errors/index.ts';

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/**
 * Namespace resolution for the streaming readers, which run saxes without its own (`xmlns: false`):
 * saxes's namespace processing costs about as much as the rest of the reading, and the readers need
 * only the namespace of each element. The default namespace is carried down one element at a time;
 * a prefix (rare in XLIFF content) is looked up in the attributes of the open elements. Prefixes
 * resolve as XML Namespaces says; an unbound prefix is refused like broken XML.
 */
export class NamespaceScopes {
  /** The attributes of the open elements, innermost last, and the default namespace in each. */
  private readonly attributes: Record<string, string>[] = [];
  private readonly defaults: string[] = [];
  uri = '';
  local = '';

  constructor(
    private readonly what: string,
    private readonly line: () => number,
  ) {}

  /** Enters an element: sets `uri` and `local` for its name. */
  open(name: string, attributes: Record<string, string>): void {
    const declared = attributes['xmlns'];
    const defaultNamespace = declared ?? this.defaults[this.defaults.length - 1] ?? '';
    this.attributes.push(attributes);
    this.defaults.push(defaultNamespace);
    const colon = name.indexOf(':');
    if (colon < 0) {
      this.uri = defaultNamespace;
      this.local = name;
      return;
    }
    const prefix = name.slice(0, colon);
    this.uri = this.resolve(prefix, name);
    this.local = name.slice(colon + 1);
  }

  private resolve(prefix: string, name: string): string {
    if (prefix === 'xml') return XML_NAMESPACE;
    const key = 'xmlns:' + prefix;
    for (let i = this.attributes.length - 1; i >= 0; i--) {
      const uri = (this.attributes[i] as Record<string, string>)[key];
      if (uri !== undefined && uri !== '') return uri;
    }
    throw new InputError('xml.malformed', `The ${this.what} is not well-formed XML (line ${this.line()}): the prefix "${prefix}" of <${name}> is not bound to a namespace.`, { line: this.line() });
  }

  /** Leaves the element entered last. */
  close(): void {
    this.attributes.pop();
    this.defaults.pop();
  }
}
