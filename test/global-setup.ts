// Builds dist/ once before the tests: the bundle tests exercise what Apps Script would run.
import { build } from '../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await build({ quiet: true });
}
