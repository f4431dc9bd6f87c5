// A small typed reader over untrusted JSON objects: each read checks the type and names the path on failure,
// and whatever the reader was never asked for is returned as `extra` so that a save writes it back.

import { TopologyError } from './topologyErrors';
import type { Extra } from './types';

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export class FieldReader {
  // The keys read so far, for extra(). A short array, not a Set, and the path built only when an error names it:
  // a share link or autosave of 1,000 brokers makes thousands of readers while the page first renders.
  private readonly seen: string[] = [];
  private constructor(
    private readonly obj: Record<string, unknown>,
    private readonly parentPath: string | FieldReader,
    private readonly key: string,
    private readonly file?: string,
  ) {}

  static of(value: unknown, path: string, file?: string): FieldReader {
    if (!isObject(value)) throw new TopologyError(`expected an object, found ${describe(value)}`, { path, file });
    return new FieldReader(value, path, '', file);
  }

  /** The reader of a nested object (`key` is a field name, or `name[index]` for a list item); its path is
   *  computed only when asked for. */
  private nested(value: unknown, key: string): FieldReader {
    if (!isObject(value)) this.fail(key, `expected an object, found ${describe(value)}`);
    return new FieldReader(value, this, key, this.file);
  }

  get path(): string {
    return typeof this.parentPath === 'string' ? this.parentPath : this.parentPath.at(this.key);
  }

  fail(key: string, message: string): never {
    throw new TopologyError(message, { path: this.at(key), file: this.file });
  }

  at(key: string): string {
    const path = this.path;
    return path ? `${path}.${key}` : key;
  }

  raw(key: string): unknown {
    this.seen.push(key);
    return this.obj[key];
  }

  has(key: string): boolean {
    return this.obj[key] !== undefined;
  }

  string(key: string): string {
    const v = this.raw(key);
    if (typeof v !== 'string') this.fail(key, `expected a string, found ${describe(v)}`);
    return v;
  }

  optString(key: string): string | undefined {
    return this.has(key) ? this.string(key) : (this.raw(key), undefined);
  }

  optBoolean(key: string): boolean | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (typeof v !== 'boolean') this.fail(key, `expected true or false, found ${describe(v)}`);
    return v;
  }

  optInteger(key: string): number | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v)) this.fail(key, `expected a whole number, found ${describe(v)}`);
    return v;
  }

  optNumber(key: string): number | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(key, `expected a number, found ${describe(v)}`);
    return v;
  }

  stringList(key: string): string[] {
    const v = this.raw(key);
    if (v === undefined) return [];
    if (!Array.isArray(v)) this.fail(key, `expected a list of strings, found ${describe(v)}`);
    return v.map((item, i) => {
      if (typeof item !== 'string') this.fail(`${key}[${i}]`, `expected a string, found ${describe(item)}`);
      return item;
    });
  }

  list<T>(key: string, read: (r: FieldReader, index: number) => T): T[] | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) this.fail(key, `expected a list, found ${describe(v)}`);
    return v.map((item, i) => read(this.nested(item, `${key}[${i}]`), i));
  }

  child<T>(key: string, read: (r: FieldReader) => T): T | undefined {
    const v = this.raw(key);
    if (v === undefined) return undefined;
    return read(this.nested(v, key));
  }

  /** Every field not read so far; undefined when there are none. */
  extra(): Extra | undefined {
    const out: Extra = {};
    let any = false;
    for (const k of Object.keys(this.obj)) {
      if (!this.seen.includes(k)) {
        defineField(out, k, this.obj[k]);
        any = true;
      }
    }
    return any ? out : undefined;
  }
}

export function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${String(v)}`;
}

/** Sets an own, enumerable field even for names like `__proto__` or `constructor`, which `out[k] = v` mishandles. */
export function defineField(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}
