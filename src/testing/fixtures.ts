import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Root of the repository, found from the compiled file's place (`dist/testing/…`). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a test fixture kept in `fixtures/` at the repository root. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
}

export function readFixture(name: string): Buffer {
  return readFileSync(fixturePath(name));
}
