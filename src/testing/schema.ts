import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { repoRoot } from './fixtures.js';

const schema = JSON.parse(readFileSync(join(repoRoot, 'schema', 'dossier.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Validates a dossier against schema/dossier.schema.json; returns the errors as readable lines. */
export function dossierErrors(dossier: unknown): string[] {
  return validate(dossier) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
