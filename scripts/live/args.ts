/** `npm run live` options: --port, --host, --dir. Bad input is a bilingual message, never a stack trace. */
export interface LiveArgs {
  readonly port: number;
  readonly host: string;
  readonly dir: string;
  /** --dir given: serve that folder as it is, never build into it. */
  readonly dirGiven: boolean;
  readonly help: boolean;
}

export class LiveArgsError extends Error {}

export const DEFAULT_PORT = 4173;

export function parseLiveArgs(argv: readonly string[]): LiveArgs {
  let port = DEFAULT_PORT;
  let host = '0.0.0.0';
  let dir = 'dist';
  let dirGiven = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new LiveArgsError(`${name} 缺少取值。 ${name} needs a value.`);
      return v;
    };
    switch (name) {
      case '--port': {
        const v = value();
        const n = Number(v);
        if (!/^\d+$/.test(v) || n > 65535) throw new LiveArgsError(`端口无效：${v}（应为 0–65535）。 Invalid port: ${v} (expected 0–65535).`);
        port = n;
        break;
      }
      case '--host':
        host = value();
        break;
      case '--dir':
        dir = value();
        dirGiven = true;
        break;
      case '-h':
      case '--help':
        help = true;
        break;
      default:
        throw new LiveArgsError(`未知参数：${a}。可用：--port、--host、--dir。 Unknown option: ${a}. Options: --port, --host, --dir.`);
    }
  }
  return { port, host, dir, dirGiven, help };
}
