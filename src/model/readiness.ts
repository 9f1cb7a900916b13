/**
 * The pre-meeting check: what the presenter must settle before the deck is
 * shown. Pure data and logic, shared by `npm run check` (scripts/check.ts)
 * and the speaker view, so both always list the same items.
 */

/** Source-notes items the presenter confirms by listing their id in `settings.confirmed`. */
export const CHECK_IDS = ['year-conflict', 'district-place-names', 'missing-item-1'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** The part of the deck settings the check reads (DeckSettings has these fields; declared here so the model has no import cycle). */
export interface ReadinessSettings {
  readonly districtName: string;
  readonly speaker: string;
  readonly date: string;
  readonly shareUrl: string;
  readonly confirmed: readonly CheckId[];
}

/** The settings field a presenter edits to settle an item. */
export type SettingsField = 'districtName' | 'speaker' | 'date' | 'shareUrl' | 'confirmed';

export const SETTINGS_FILE = 'slides/settings.ts';
export const SOURCE_NOTES_FILE = 'docs/source-notes.md';

export interface CheckItem {
  /** Stable id: a CheckId for confirmations, the field name for values to fill in. */
  readonly id: string;
  /** What to do while unsettled, and what is true once settled: Chinese, then a short English gloss. */
  readonly todo: readonly [zh: string, en: string];
  readonly done: readonly [zh: string, en: string];
  /** Where to settle it. */
  readonly field: SettingsField;
  /** The item of docs/source-notes.md that explains it, with a phrase of that item's row (tests keep the two in step). */
  readonly sourceNote?: { readonly items: readonly number[]; readonly phrase: string };
  readonly settled: (s: ReadinessSettings) => boolean;
}

const filled = (v: string): boolean => v.trim() !== '';
const confirmed = (id: CheckId) => (s: ReadinessSettings): boolean => s.confirmed.includes(id);

/** Every item, in the order the presenter reads them. */
export const CHECK_ITEMS: readonly CheckItem[] = [
  {
    id: 'districtName',
    todo: ['填写区名（现在仍是“**”）', 'set the district name (still "**")'],
    done: ['区名已填写', 'district name set'],
    field: 'districtName',
    sourceNote: { items: [6], phrase: '区名被遮盖' },
    settled: (s) => filled(s.districtName) && s.districtName.trim() !== '**',
  },
  { id: 'speaker', todo: ['填写讲话人', 'set the speaker'], done: ['讲话人已填写', 'speaker set'], field: 'speaker', settled: (s) => filled(s.speaker) },
  { id: 'date', todo: ['填写会议日期', 'set the date'], done: ['会议日期已填写', 'date set'], field: 'date', settled: (s) => filled(s.date) },
  {
    id: 'shareUrl',
    todo: ['填写分享网址（结束页二维码）', 'set the share URL (closing QR code)'],
    done: ['分享网址已填写', 'share URL set'],
    field: 'shareUrl',
    settled: (s) => filled(s.shareUrl),
  },
  {
    id: 'year-conflict',
    todo: ['确认年份：原文“总结2024年工作，部署2024年任务”“2024年……十一五”前后矛盾', 'confirm the conflicting years'],
    done: ['年份已确认', 'years confirmed'],
    field: 'confirmed',
    sourceNote: { items: [7], phrase: '年份矛盾' },
    settled: confirmed('year-conflict'),
  },
  {
    id: 'district-place-names',
    todo: ['确认“**大桥”“**大道”确实以区名命名', 'confirm **大桥/**大道 are named after the district'],
    done: ['“**大桥”“**大道”已确认', '**大桥/**大道 confirmed'],
    field: 'confirmed',
    sourceNote: { items: [6], phrase: '**大道' },
    settled: confirmed('district-place-names'),
  },
  {
    id: 'missing-item-1',
    todo: ['确认第一、第四部分原文没有第1条（条目从第2条开始）', 'confirm parts 一 and 四 have no item 1'],
    done: ['第一、第四部分缺第1条已确认', 'missing item 1 confirmed'],
    field: 'confirmed',
    sourceNote: { items: [2, 3], phrase: '没有第1条' },
    settled: confirmed('missing-item-1'),
  },
];

export interface CheckResult {
  readonly item: CheckItem;
  readonly settled: boolean;
}

export function runCheck(settings: ReadinessSettings): readonly CheckResult[] {
  return CHECK_ITEMS.map((item) => ({ item, settled: item.settled(settings) }));
}

export function unsettled(settings: ReadinessSettings): readonly CheckItem[] {
  return runCheck(settings)
    .filter((r) => !r.settled)
    .map((r) => r.item);
}

/** The 1-based line of `field:` in the settings source, so the check can say exactly which line to change. */
export function fieldLine(settingsSource: string, field: SettingsField): number | null {
  const lines = settingsSource.split('\n');
  const re = new RegExp(`^\\s*${field}\\s*:`);
  const i = lines.findIndex((l) => re.test(l));
  return i < 0 ? null : i + 1;
}

/**
 * How to settle one item: the file, line and edit, then where the source notes explain it.
 * 'both' (the command line) adds the English gloss; 'zh' is for the speaker view.
 */
export function fixHint(item: CheckItem, line: number | null, file: string = SETTINGS_FILE, lang: 'both' | 'zh' = 'both'): string[] {
  const gloss = (en: string) => (lang === 'both' ? ` / ${en}` : '');
  const at = `${file}${line ? ` 第${line}行${gloss(`line ${line}`)}` : ''}`;
  const edit =
    item.field === 'confirmed' ? `在 confirmed 中加入 '${item.id}'${gloss(`add '${item.id}' to confirmed`)}` : `填写 ${item.field}${gloss(`fill in ${item.field}`)}`;
  const hint = [`改${gloss('edit')}：${at}，${edit}`];
  const n = item.sourceNote?.items;
  if (n) hint.push(`说明${gloss('see')}：${SOURCE_NOTES_FILE} 第 ${n.join('、')} 条${gloss(`item ${n.join(', ')}`)}`);
  return hint;
}

export function summaryLine(pending: number): string {
  return pending === 0 ? '会前检查通过：各项均已确认 / all items settled' : `会前检查未通过：还有 ${pending} 项待确认 / ${pending} items unsettled`;
}
