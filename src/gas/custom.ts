// Custom-function plumbing: a range in gives a same-shape array out, one call for a whole column.

/** What Sheets passes a custom function: a value, or a 2-D array for a range. */
export type CustomInput = unknown;
export type CustomOutput = string | number | boolean | Date | CustomOutput[][];

/**
 * Applies a cell function to a scalar or to every cell of a range, keeping the shape.
 * Errors in one cell become that cell's text, never the whole call's failure.
 */
export function mapCells(
  input: CustomInput,
  cell: (value: unknown) => string | number | boolean | Date,
): CustomOutput {
  if (Array.isArray(input)) {
    return input.map((row: unknown) => (Array.isArray(row) ? row.map((v) => cell(v)) : [cell(row)]));
  }
  return cell(input);
}

/**
 * Applies a cell function over several arguments that may each be a range or a scalar:
 * ranges must share a shape; scalars are used for every cell.
 */
export function zipCells(
  inputs: readonly unknown[],
  cell: (...values: unknown[]) => string | number | boolean | Date,
): CustomOutput {
  const ranges = inputs.filter((x): x is unknown[][] => Array.isArray(x));
  if (ranges.length === 0) return cell(...inputs);
  const shape = ranges[0] as unknown[][];
  return shape.map((row, r) =>
    (Array.isArray(row) ? row : [row]).map((_, c) =>
      cell(
        ...inputs.map((x) => {
          if (!Array.isArray(x)) return x;
          const line = x[r];
          return Array.isArray(line) ? line[c] : line;
        }),
      ),
    ),
  );
}
