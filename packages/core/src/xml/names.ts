import { InputError } from '../errors/index.ts';

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/**
 * Namespace resolution for the streaming readers, which run saxes without its own (`xmlns: false`):
 * saxes's namespace processing costs about as much as the rest of the reading, and the readers need
 * only to know which elements are in their namespace. The default namespace is carried down one
 * element at a time; a prefix (rare in XLIFF content) is looked up in the attributes of the open
 * elements. Prefixes resolve as XML Namespaces says; an unbound prefix is refused like broken XML.
 */
export class NamespaceScopes {
  /** The attributes of the open elements, innermost last, and their default namespaces. */
  private readonly attributes: Record<string, string>[] = [];
  private readonly defaults: string[] = [];
  /** Whether each open element's default namespace is the reader's (decided once per declaration, not per element). */
  private readonly defaultsOurs: boolean[] = [];
  /** The namespace of the element just opened, whether it is the reader's, and its local name. */
  uri = '';
  ours = false;
  local = '';

  constructor(
    private readonly what: string,
    private readonly line: () => number,
    /** The namespace the reader reads; set it once the root element shows it. */
    public namespace: string,
  ) {}

  /** Enters an element: sets `uri`, `ours` and `local` for its name. */
  open(name: string, attributes: Record<string, string>): void {
    const declared = attributes['xmlns'];
    const depth = this.defaults.length;
    let defaultNamespace: string;
    let defaultOurs: boolean;
    if (declared !== undefined || depth === 0) {
      defaultNamespace = declared ?? '';
      defaultOurs = defaultNamespace === this.namespace;
    } else {
      defaultNamespace = this.defaults[depth - 1] as string;
      defaultOurs = this.defaultsOurs[depth - 1] as boolean;
    }
    this.attributes.push(attributes);
    this.defaults.push(defaultNamespace);
    this.defaultsOurs.push(defaultOurs);
    const colon = name.indexOf(':');
    if (colon < 0) {
      this.uri = defaultNamespace;
      this.ours = defaultOurs;
      this.local = name;
      return;
    }
    this.uri = this.resolve(name.slice(0, colon), name);
    this.ours = this.uri === this.namespace;
    this.local = name.slice(colon + 1);
  }

  /** The reader's namespace is known now (from the root): the open elements are re-judged. */
  setNamespace(namespace: string): void {
    this.namespace = namespace;
    for (let i = 0; i < this.defaults.length; i++) this.defaultsOurs[i] = this.defaults[i] === namespace;
    this.ours = this.uri === namespace;
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
    this.defaultsOurs.pop();
  }
}
