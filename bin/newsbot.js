#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so a fresh clone works after `npm ci` with no build step.
// The Docker image runs the compiled `dist/` instead (see Dockerfile).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (process.env.NEWSBOT_USE_DIST === '1' && existsSync(compiled)) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
