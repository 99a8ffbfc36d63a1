#!/usr/bin/env node
// Entry point of the `duban` command; the TypeScript sources are compiled to ../dist by `npm run build:ts`
// (run automatically by `npm ci`/`npm install`).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
