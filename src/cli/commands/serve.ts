import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_DB, positiveInteger } from '../options.js';
import { UsageError } from '../errors.js';
import { DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../serve/server.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../serve/app.js';

interface ServeOptions {
  db: string;
  port: number;
  host: string;
  maxBody: number;
  cors?: string[];
}

function port(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > 65535) throw new InvalidArgumentError('expected a port number (0 picks a free one)');
  return number;
}

export function registerServe(program: Command): void {
  program.command('serve')
    .description('serve the web page and the JSON API (docs/api.md) over a corpus')
    .option('--db <file>', 'SQLite corpus file', DEFAULT_DB)
    .option('--port <n>', 'TCP port', port, DEFAULT_PORT)
    .option('--host <address>', 'address to bind (keep 127.0.0.1 unless PRESSCOPE_TOKEN is set)', DEFAULT_HOST)
    .option('--max-body <bytes>', 'largest request body', positiveInteger, DEFAULT_MAX_BODY_BYTES)
    .option('--cors <origin...>', 'allow browser calls from these origins (off by default)')
    .action(async (options: ServeOptions) => {
      const token = process.env.PRESSCOPE_TOKEN || undefined;
      const server = await startServer({ db: options.db, port: options.port, host: options.host, token, maxBodyBytes: options.maxBody, corsOrigins: options.cors })
        .catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'EADDRINUSE') throw new UsageError(`port ${options.port} on ${options.host} is in use; choose another with --port`);
          if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') throw new UsageError(`cannot bind to ${options.host}: not an address of this machine`);
          if (error.code === 'EACCES') throw new UsageError(`not allowed to bind to port ${options.port}; use a port above 1023`);
          throw error;
        });
      console.log(`presscope serving ${options.db} on ${server.url}${server.web ? '' : ' (API only: run npm run build to build the web page)'}`);
      console.log(`  API description: ${server.url}/api/openapi.json · write endpoints ${token ? 'need the bearer token' : 'are open (set PRESSCOPE_TOKEN to protect them)'}`);
      if (!token && !['127.0.0.1', 'localhost', '::1'].includes(options.host)) {
        console.warn('warning: serving on a non-local address without PRESSCOPE_TOKEN: anyone who can reach it can add documents');
      }
      await new Promise<void>((resolve) => {
        const stop = () => { void server.close().then(resolve); };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
