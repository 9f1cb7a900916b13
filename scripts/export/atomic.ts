/**
 * Atomic output: everything is written under a temporary name in the target's
 * own folder (so the final rename never crosses file systems), then renamed.
 * On failure or Ctrl-C the temporary file and any folder we created go away,
 * so a failed run leaves nothing half-written behind.
 */
import { accessSync, constants, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ExportError, msg } from './messages.ts';

export interface AtomicTarget {
  /** The final path. */
  readonly path: string;
  /** Where to write; a file or a folder, like the final path. */
  readonly temp: string;
  /** Moves the temp into place. */
  commit(): void;
  /** Removes the temp and any folder created for it. Safe to call twice. */
  abort(): void;
}

const live = new Set<AtomicTarget>();
let hooked = false;

function hookSignals(): void {
  if (hooked) return;
  hooked = true;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      for (const t of live) t.abort();
      process.exit(130);
    });
  }
}

/** Why a path cannot be written, in Chinese and English. */
function reason(e: unknown): [string, string] {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return [`没有写入权限（${code}）`, `permission denied (${code})`];
  if (code === 'ENOTDIR') return [`路径中有一段不是文件夹（${code}）`, `a part of the path is not a folder (${code})`];
  // /proc and similar: the folder exists and claims to be writable, but refuses new files.
  if (code === 'ENOENT') return [`该文件夹不能新建文件（${code}）`, `the folder does not accept new files (${code})`];
  return [(e as Error).message, (e as Error).message];
}

/**
 * A file-system error on this target's paths (disk full, the folder removed
 * mid-export) is the user's to fix, so it is reported like any unwritable path.
 */
export function asWriteError(target: AtomicTarget, e: unknown): ExportError | null {
  const err = e as NodeJS.ErrnoException;
  const path = typeof err?.path === 'string' ? resolve(err.path) : '';
  if (!err?.code || !path || (!path.startsWith(target.temp) && path !== target.path)) return null;
  return new ExportError(msg.unwritable(target.path, ...reason(e)));
}

function removeCreated(dir: string | undefined): void {
  try {
    if (dir && statSync(dir).isDirectory()) rmSync(dir, { recursive: true, force: true });
  } catch {
    // Never created (its parent is not a folder): nothing to remove.
  }
}

/** Creates missing parent folders, remembering the topmost one created so abort() can remove it. */
function ensureDir(dir: string, out: string): string | undefined {
  let top: string | undefined;
  let d = dir;
  while (!existsSync(d)) {
    top = d;
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (e) {
    removeCreated(top);
    throw new ExportError(msg.unwritable(out, ...reason(e)));
  }
  return top;
}

/** Checks the output path and reserves a temp name next to it. `kind` is 'dir' for PNG folders. */
export function atomicTarget(out: string, kind: 'file' | 'dir'): AtomicTarget {
  const path = resolve(out);
  if (existsSync(path)) {
    const isDir = statSync(path).isDirectory();
    if (kind === 'file' && isDir) throw new ExportError(msg.outIsDirectory(path));
    if (kind === 'dir' && !isDir) throw new ExportError(msg.outIsFile(path));
    try {
      accessSync(path, constants.W_OK);
    } catch (e) {
      throw new ExportError(msg.unwritable(path, ...reason(e)));
    }
  }
  const parent = dirname(path);
  const created = ensureDir(parent, path);
  const temp = join(parent, `.${basename(path)}.tmp-${process.pid}-${Date.now().toString(36)}`);
  try {
    // access(W_OK) can say yes where no file can be made (/proc, some mounts): make one, before any rendering.
    if (kind === 'dir') mkdirSync(temp);
    else {
      writeFileSync(temp, '', { flag: 'wx' });
      rmSync(temp);
    }
  } catch (e) {
    removeCreated(created);
    throw new ExportError(msg.unwritable(path, ...reason(e)));
  }
  let done = false;
  const target: AtomicTarget = {
    path,
    temp,
    commit() {
      if (kind === 'dir' && existsSync(path)) {
        // A folder cannot be renamed over a non-empty one: swap, then drop the old.
        const old = `${temp}.old`;
        renameSync(path, old);
        renameSync(temp, path);
        rmSync(old, { recursive: true, force: true });
      } else {
        renameSync(temp, path);
      }
      done = true;
      live.delete(target);
    },
    abort() {
      live.delete(target);
      if (done) return;
      rmSync(temp, { recursive: true, force: true });
      removeCreated(created);
      done = true;
    },
  };
  live.add(target);
  hookSignals();
  return target;
}
