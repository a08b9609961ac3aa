#!/usr/bin/env node
// MARSAD_DIST points at another build of the sources (a folder beside dist/, as `tsc --outDir`), so that two
// engineers building side by side in one checkout can each run their own.
import { resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const dist = process.env.MARSAD_DIST ? resolve(process.env.MARSAD_DIST) : fileURLToPath(new URL('../dist/', import.meta.url));
await import(pathToFileURL(resolve(dist, 'cli', 'main.js')).href);
