#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';

// A reader that stops early (`presscope show ID --format json | head`) closes the pipe: not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv).then((code) => {
  process.exitCode = code;
});
