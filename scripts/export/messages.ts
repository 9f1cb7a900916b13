/** Every message a user of `npm run export` can see: Chinese first, then English. */

export const FORMATS = ['pdf', 'handout', 'png', 'pptx'] as const;
export type Format = (typeof FORMATS)[number];

/** A problem the user can fix: printed without a stack trace, exit code 2 (usage) or 1. */
export class ExportError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}

export const USAGE = `用法 / Usage:
  npm run export -- <pdf|handout|png|pptx> [--out 路径/PATH] [选项/options]

格式 / Formats:
  pdf       每页一张幻灯片的 PDF（16:9），带书签 / one page per slide (16:9), with bookmarks
  handout   A4 讲稿：每页幻灯片图片 + 对应讲话原文 / A4 handout: each slide's picture + its speech paragraphs
  png       每页一张 1920×1080 图片 / one 1920×1080 image per slide
  pptx      可编辑的 PowerPoint，原生图表 + 演讲者备注 / editable PowerPoint, native charts + speaker notes

选项 / Options:
  --out PATH           输出文件（png 为文件夹）/ output file (a folder for png)
  --dir DIR            使用已有的构建目录，不重新构建 / use an existing build instead of building
  --split-fragments    PDF：逐步显示的内容分页输出 / PDF: one page per fragment step
  --quiet              不显示进度 / no progress output
  --help               显示本说明 / show this help`;

export const msg = {
  missingFormat: () => `缺少导出格式。\nMissing export format.\n\n${USAGE}`,
  unknownFormat: (f: string) => `未知的导出格式“${f}”，可用：${FORMATS.join('、')}。\nUnknown export format "${f}"; use one of: ${FORMATS.join(', ')}.`,
  badOption: (detail: string) => `命令参数有误：${detail}\nInvalid arguments: ${detail}\n\n${USAGE}`,
  missingValue: (opt: string) => `选项 ${opt} 缺少取值。\nOption ${opt} needs a value.`,
  extraArgument: (a: string) => `多余的参数“${a}”。\nUnexpected argument "${a}".`,
  unwritable: (path: string, zh: string, en: string) => `无法写入输出路径 ${path}：${zh}\nCannot write to output path ${path}: ${en}`,
  outIsDirectory: (path: string) => `输出路径 ${path} 是一个文件夹，请给出文件名。\nOutput path ${path} is a folder; give a file name.`,
  outIsFile: (path: string) => `PNG 输出路径 ${path} 是一个文件，请给出文件夹。\nPNG output path ${path} is a file; give a folder.`,
  browserMissing: (name: string, path: string) =>
    `环境变量 ${name} 指定的浏览器不存在：${path}\n请安装 Chromium（Debian：apt-get install chromium），或把 ${name} 设为 Chrome/Chromium/Edge 的路径。\n` +
    `The browser named by ${name} does not exist: ${path}\nInstall Chromium (Debian: apt-get install chromium) or point ${name} at Chrome, Chromium or Edge.`,
  noBuild: (dir: string) => `构建目录 ${dir} 中没有 index.html。\nBuild folder ${dir} has no index.html.`,
  staleBuild: (detail: string) =>
    `构建中的幻灯片与当前的幻灯片数据不一致（${detail}）。请去掉 --dir 让命令重新构建，或先运行 npm run build。\n` +
    `The build's slides differ from the current slide data (${detail}). Drop --dir to rebuild, or run npm run build first.`,
  invalidDeck: (detail: string) => `幻灯片数据有误，未导出：\n${detail}\nThe slide data is invalid; nothing was exported.`,
  buildFailed: (detail: string) => `构建幻灯片失败：${detail}\nBuilding the deck failed: ${detail}`,
  browserFailed: (detail: string) => `浏览器无法启动：${detail}\nThe browser failed to start: ${detail}`,
  deckFailed: (detail: string) => `幻灯片在浏览器中未能加载：${detail}\nThe deck failed to load in the browser: ${detail}`,
  failed: (detail: string) => `导出失败：${detail}\nExport failed: ${detail}`,
  done: (path: string) => `已导出 / Exported: ${path}`,
} as const;
