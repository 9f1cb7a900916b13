/** Parses `npm run export -- <format> [--out PATH] …` without side effects. */
import { parseArgs } from 'node:util';
import { ExportError, FORMATS, msg, type Format } from './messages.ts';

export interface ExportArgs {
  readonly format: Format;
  /** Output path as given, or the default for the format (relative to the cwd). */
  readonly out: string;
  /** An existing build to serve; built into a temp folder when absent. */
  readonly dir?: string;
  readonly splitFragments: boolean;
  readonly quiet: boolean;
}

export type ParsedArgs = { readonly help: true } | ({ readonly help: false } & ExportArgs);

export const DEFAULT_OUT: Record<Format, string> = {
  pdf: 'out/deck.pdf',
  handout: 'out/deck-handout.pdf',
  png: 'out/deck-png',
  pptx: 'out/deck.pptx',
};

export function isFormat(s: string): s is Format {
  return (FORMATS as readonly string[]).includes(s);
}

export function parseExportArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        dir: { type: 'string' },
        'split-fragments': { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const m = /--[\w-]+|'-\w'/.exec((e as Error).message);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && m) throw new ExportError(msg.missingValue(m[0]), 2);
    throw new ExportError(msg.badOption(m?.[0] ?? (e as Error).message), 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [format, ...rest] = positionals;
  if (format === undefined) throw new ExportError(msg.missingFormat(), 2);
  if (!isFormat(format)) throw new ExportError(msg.unknownFormat(format), 2);
  if (rest.length) throw new ExportError(msg.extraArgument(rest[0]), 2);
  if (values.out !== undefined && values.out.trim() === '') throw new ExportError(msg.missingValue('--out'), 2);
  return {
    help: false,
    format,
    out: values.out ?? DEFAULT_OUT[format],
    dir: values.dir,
    splitFragments: values['split-fragments'] ?? false,
    quiet: values.quiet ?? false,
  };
}
