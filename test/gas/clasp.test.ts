import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');

describe('clasp push (offline: clasp status)', () => {
  it('would push exactly the built bundle and the manifest', () => {
    const clasp = join(ROOT, 'node_modules', '.bin', 'clasp');
    const result = spawnSync(clasp, ['status'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(0);
    const tracked = result.stdout
      .split('Untracked files:')[0]!
      .split('\n')
      .filter((line) => line.includes('dist/'))
      .map((line) => line.replace(/^\W+/, '').trim())
      .sort();
    expect(tracked).toEqual(['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json']);
  });
});
