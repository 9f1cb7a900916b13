/**
 * The pre-meeting check: what the presenter must settle before the deck is
 * shown. Pure data and logic, shared by `npm run check` (scripts/check.ts)
 * and the speaker view, so both always list the same items.
 */

/** The part of the deck settings the check reads (DeckSettings has these fields; declared here so the model has no import cycle). */
export interface ReadinessSettings {
  readonly districtName: string;
  readonly speaker: string;
  readonly date: string;
  readonly shareUrl: string;
  readonly confirmed: readonly string[];
}

/** The settings field a presenter edits to settle an item. */
export type SettingsField = 'districtName' | 'speaker' | 'date' | 'shareUrl' | 'confirmed';

export const SOURCE_NOTES_FILE = 'docs/source-notes.md';

export interface CheckItem {
  /** Stable id: the source check's id for confirmations, the field name for values to fill in. */
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

export type SourceNote = NonNullable<CheckItem['sourceNote']>;

/**
 * What a particular speech asks the presenter to confirm (its gaps and
 * contradictions). The deck declares these (`defineDeck`), so the engine
 * knows no particular speech.
 */
export interface DeckChecks {
  /** Items settled by listing their id in `settings.confirmed`. */
  readonly confirmations: readonly Pick<CheckItem, 'id' | 'todo' | 'done' | 'sourceNote'>[];
  /** Where the deck's source notes explain a settings field (e.g. the masked district name). */
  readonly fieldNotes?: Partial<Record<Exclude<SettingsField, 'confirmed'>, SourceNote>>;
}

export const NO_CHECKS: DeckChecks = { confirmations: [] };

const filled = (v: string): boolean => v.trim() !== '';

/** Values every deck's settings need, in the order the presenter reads them. */
const FIELD_ITEMS: readonly CheckItem[] = [
  {
    id: 'districtName',
    todo: ['填写区名（现在仍是“**”）', 'set the district name (still "**")'],
    done: ['区名已填写', 'district name set'],
    field: 'districtName',
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
];

/** Every item for a deck: the settings to fill in, then the deck's own confirmations. */
export function checkItems(checks: DeckChecks): readonly CheckItem[] {
  const fields = FIELD_ITEMS.map((item) => {
    const note = item.field === 'confirmed' ? undefined : checks.fieldNotes?.[item.field];
    return note ? { ...item, sourceNote: note } : item;
  });
  const confirmations = checks.confirmations.map(
    (c): CheckItem => ({ ...c, field: 'confirmed', settled: (s) => s.confirmed.includes(c.id) }),
  );
  return [...fields, ...confirmations];
}

/** Ids in `settings.confirmed` that name no confirmation of this deck: a typo would otherwise silently settle nothing. */
export function unknownConfirmations(settings: ReadinessSettings, checks: DeckChecks): string[] {
  const known = new Set(checks.confirmations.map((c) => c.id));
  return settings.confirmed.filter((id) => !known.has(id));
}

export interface CheckResult {
  readonly item: CheckItem;
  readonly settled: boolean;
}

export function runCheck(settings: ReadinessSettings, checks: DeckChecks): readonly CheckResult[] {
  return checkItems(checks).map((item) => ({ item, settled: item.settled(settings) }));
}

export function unsettled(settings: ReadinessSettings, checks: DeckChecks): readonly CheckItem[] {
  return runCheck(settings, checks)
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
 * `file` is the settings module of the deck being checked (scripts/lib/build.ts deckSettingsFile).
 * 'both' (the command line) adds the English gloss; 'zh' is for the speaker view.
 */
export function fixHint(item: CheckItem, line: number | null, file: string, lang: 'both' | 'zh' = 'both'): string[] {
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
