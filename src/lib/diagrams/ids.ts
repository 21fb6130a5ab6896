/**
 * Node ids for Mermaid text, generated as `<prefix><n>` and never taken from what people typed:
 * a name like `end` or `A --> B` would otherwise be Mermaid syntax.
 */
export class NodeIds {
  readonly #ids = new Map<string, string>();
  readonly #prefix: string;

  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  /** The id for `key`, the same on every call. */
  of(key: string): string {
    let id = this.#ids.get(key);
    if (id === undefined) this.#ids.set(key, (id = `${this.#prefix}${this.#ids.size}`));
    return id;
  }

  has(key: string): boolean {
    return this.#ids.has(key);
  }
}
