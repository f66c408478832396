// Filling a message template: `{name}` takes a value; `{name:s}` is "s" unless the value is 1
// (English plurals: "1 data row", "2 data rows"). Shared by the server and the sidebar client.

/** A template with its placeholders filled; an unknown placeholder stays as written. */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)(:s)?\}/g, (whole, name: string, plural?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (plural) return Number(value) === 1 ? '' : 's';
    return String(value);
  });
}
