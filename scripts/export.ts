/**
 * Exports the deck: `npm run export -- <pdf|handout|png|pptx> [--out PATH]`.
 * Builds when needed, serves the build on 127.0.0.1, drives the system
 * Chromium, writes atomically. See scripts/export/messages.ts for usage.
 */
import { parseExportArgs } from './export/args.ts';
import { asWriteError, atomicTarget, type AtomicTarget } from './export/atomic.ts';
import { exportHandout } from './export/formats/handout.ts';
import { exportPdf } from './export/formats/pdf.ts';
import { exportPng } from './export/formats/png.ts';
import { exportPptx } from './export/formats/pptx.ts';
import { ExportError, msg, USAGE } from './export/messages.ts';
import { loadModel } from './export/model.ts';
import { progress } from './export/progress.ts';
import { openSession, requireBrowser, type Session } from './export/session.ts';

async function main(argv: readonly string[]): Promise<number> {
  const args = parseExportArgs(argv);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const log = progress(args.quiet);
  // Cheap checks first: a wrong path or a missing browser fails before a build.
  const needsBrowser = args.format !== 'pptx';
  if (needsBrowser) requireBrowser();
  const model = await loadModel();
  let target: AtomicTarget | undefined;
  let session: Session | undefined;
  const open = async (): Promise<Session> => (session ??= await openSession(args.dir, log));
  try {
    target = atomicTarget(args.out, args.format === 'png' ? 'dir' : 'file');
    log.log(`导出 ${args.format}：${model.slides.length} 页幻灯片 → ${target.path}\nExporting ${args.format}: ${model.slides.length} slides → ${target.path}`);
    let count: number;
    switch (args.format) {
      case 'pdf':
        count = await exportPdf(await open(), model, target, log, args.splitFragments);
        break;
      case 'handout':
        count = await exportHandout(await open(), model, target, log);
        break;
      case 'png':
        count = await exportPng(await open(), model, target, log);
        break;
      case 'pptx':
        count = await exportPptx(open, model, target, log);
        break;
    }
    target.commit();
    log.log(`${args.format === 'png' ? `${count} 张图片 / images` : `${count} 页 / pages`}`);
    console.log(msg.done(target.path));
    return 0;
  } catch (e) {
    target?.abort();
    throw (target && asWriteError(target, e)) ?? e;
  } finally {
    await session?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    // Expected failures (ExportError) say what to fix; only a bug earns a stack trace.
    if (e instanceof ExportError) {
      console.error(e.message);
      process.exit(e.exitCode);
    }
    console.error(msg.failed(e instanceof Error ? (e.stack ?? e.message) : String(e)));
    process.exit(1);
  },
);
