// XML escaping for generated files: every attribute value and text node goes through here (R21).

const ATTR: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** Escapes a value for a double-quoted attribute; also drops characters XML 1.0 cannot carry at all. */
export function escapeAttr(value: string): string {
  // `>` stays raw: it is legal in attribute values and ActiveMQ wildcards (`mcollective.>`) read better unescaped.
  return noTemplateMarkup(stripInvalid(value).replace(/[&<"'\n\r\t]/g, (c) => ATTR[c]));
}

/** `{{` and `{%` written as `&#123;{`: the importer refuses files holding template markup (ERB/Jinja2/Mustache). */
function noTemplateMarkup(escaped: string): string {
  return escaped.replace(/\{(?=[{%])/g, '&#123;');
}

export function escapeText(value: string): string {
  return noTemplateMarkup(stripInvalid(value).replace(/[&<>]/g, (c) => ATTR[c]));
}

/** Text for inside `<!-- -->`: `--` may not appear there, not even in a run like `---`. */
export function escapeComment(value: string): string {
  return stripInvalid(value).replace(/-(?=-)/g, '- ').replace(/-$/, '- ').replace(/\{(?=[{%])/g, '{ ');
}

/** Drops what XML 1.0 cannot carry at all (control characters, lone surrogates): the file holds the rest. */
export function stripInvalid(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

/** ` name="value"` pairs in the given order, skipping undefined values. */
export function attrs(pairs: [string, string | number | boolean | undefined][]): string {
  let out = '';
  for (const [k, v] of pairs) if (v !== undefined) out += ` ${k}="${escapeAttr(String(v))}"`;
  return out;
}
