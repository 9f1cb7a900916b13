/**
 * Chart lifecycle: the only module that creates or disposes ECharts instances.
 *
 * - slides view: charts on the current slide and its neighbours are made ahead; a chart once
 *   made is kept (up to `keep`, then the farthest go), so a revisit costs nothing.
 * - overview and scroll view: every chart exists (there are few of them).
 * - print view: every chart is drawn with animation off after reveal's `pdf-ready`.
 *
 * Every chart is drawn as SVG (registry.ts): it survives reveal's cloneNode of
 * fragment pages in print, stays crisp however far a projector scales it, and
 * its texts are plain DOM the glyph loader can read.
 *
 * - every view: a chart waits for the glyphs its slide draws (src/theme/fonts.ts: the font
 *   slices the build planned for it, its labels included); charts follow their
 *   container's size (ResizeObserver) and rebuild their option when its width changes.
 *
 * ECharts itself is loaded on demand (a separate chunk) when a chart is first
 * needed, and prefetched when the browser is idle: the cover never waits for it.
 *
 * Nothing heavy runs in reveal's `slidechanged` (a long task there is a stutter in the
 * fade on a weak laptop). The handler only decides; the work is queued (`Work`):
 * - a neighbour's chart is made in idle time, in two slices (the instance, then its
 *   drawing), and drawn at the first frame of its animation, held there: so a chart is
 *   drawn before its slide is shown, and showing it only lets its animation run;
 * - a chart wanted on screen now (a jump, a fast clicker, print, overview) is made at
 *   the next animation frame, one chart per frame.
 *
 * `<html data-charts-ready="true">` is set whenever every existing chart has
 * fired `finished` (and its glyphs are in); exporters and tests wait for it instead of sleeping.
 * Each container carries `data-chart-animated` (false in print and under reduced motion).
 */
import { attachTooltip } from './tooltip.ts';
import { loadBuilders, type BuildChart } from './types/index.ts';
import type { EChartsInstance } from './registry.ts';
import type { ChartSpec } from './types/specs.ts';
import type { RevealApi } from '../reveal-api.ts';
import { loadSlideFonts, slideFontsLoaded } from '../theme/fonts.ts';
import { whenIdle } from '../idle.ts';
import { markChartsReady } from '../readiness-contract.ts';

type Engine = typeof import('./registry.ts') & { readonly buildOption: BuildChart };
let enginePromise: Promise<Engine> | undefined;
/** The ECharts chunk and the chart types' drawings, fetched once per page. */
export function loadEngine(): Promise<Engine> {
  return (enginePromise ??= Promise.all([import('./registry.ts'), loadBuilders()]).then(([registry, buildOption]) => ({ ...registry, buildOption })));
}

export interface ChartControllerOptions {
  /** Slides on either side whose charts are made ahead (1: the next and previous). */
  readonly near: number;
  /**
   * Charts kept alive in the slides view once made, far ones included. An SVG chart holds
   * about 0.1 MB of heap, and remaking one on each visit costs a long task and grows V8's
   * compiled code with every walk through the deck; past this many the farthest go first.
   */
  readonly keep: number;
  /** Charts build up when shown (off anyway in print and under reduced motion). */
  readonly animate: boolean;
}

/**
 * Presenting: neighbours are made ahead, charts animate. A speaker-view preview is a
 * still picture that the speaker view moves anywhere: only its slide's chart, drawn at once.
 */
export const PRESENTING: ChartControllerOptions = { near: 1, keep: 8, animate: true };
export const STILL: ChartControllerOptions = { near: 0, keep: 8, animate: false };
/** Below this container width (design px) builders use their compact layout: 4:3 canvas with an aside, phones. */
const COMPACT_BELOW = 900;
const isCompact = (width: number): boolean => width > 0 && width < COMPACT_BELOW;
export const CHART_SELECTOR = '.chart-canvas[data-chart-for]';

interface Live {
  chart: EChartsInstance;
  spec: ChartSpec;
  finished: boolean;
  /** The container width the option was built for (labels wrap to it). */
  width: number;
  /** Glyphs the chart draws are still loading (subset fonts come in slices). */
  fontsPending: boolean;
  /** Made off-screen: its animation is held at the first frame until its slide is shown. */
  unseen: boolean;
  /** The option is set and drawn (an instance made in one idle slice is drawn in the next). */
  drawn: boolean;
  /** Takes the chart's tooltip down. */
  untip: () => void;
}

/**
 * The far charts to let go so that at most `keep` stay live (`live` counts the ones about to
 * be made): the farthest from the current slide first. `far` pairs a live chart with its distance.
 */
export function farthestBeyond<T>(far: readonly (readonly [T, number])[], live: number, keep: number): T[] {
  const excess = Math.min(live - keep, far.length);
  if (excess <= 0) return [];
  return [...far]
    .sort((a, b) => b[1] - a[1])
    .slice(0, excess)
    .map(([el]) => el);
}

/** Queued work for one chart container: make it for a nearby slide (idle time), or for the screen now (next frame). */
type Work = 'prepare' | 'show';


export class ChartController {
  private readonly live = new Map<HTMLElement, Live>();
  private observer?: MutationObserver;
  /** Containers change size without a reveal event (4:3 switch, scroll view, print pages): follow them. */
  private readonly sizes = typeof ResizeObserver === 'function' ? new ResizeObserver((entries) => this.onResized(entries)) : undefined;
  private pdfReady = false;
  private readonly animate: boolean;

  constructor(
    private readonly reveal: RevealApi,
    private readonly specs: ReadonlyMap<string, ChartSpec>,
    private readonly doc: Document = document,
    private readonly options: ChartControllerOptions = PRESENTING,
  ) {
    const reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.animate = options.animate && !reducedMotion;
  }

  /** Call before `Reveal.initialize()` so `pdf-ready` is not missed. */
  bind(): void {
    for (const [type, fn] of this.revealEvents()) this.reveal.on(type, fn);
    // reveal has no event for the scroll-view toggle, and deactivating it
    // rebuilds the slides from saved HTML: watch the class and start over.
    const viewport = this.doc.querySelector('.reveal-viewport') ?? this.doc.body;
    let scroll = viewport.classList.contains('reveal-scroll');
    this.observer = new MutationObserver(() => {
      const now = viewport.classList.contains('reveal-scroll');
      if (now === scroll) return;
      scroll = now;
      this.disposeAll();
      requestAnimationFrame(() => this.update());
    });
    this.observer.observe(viewport, { attributes: true, attributeFilter: ['class'] });
    const body = this.doc.body;
    if (body !== viewport) this.observer.observe(body, { attributes: true, attributeFilter: ['class'] });
  }

  /** The reveal events this controller follows, bound and unbound as one list. */
  private revealEvents(): readonly (readonly [string, () => void])[] {
    return [
      ['ready', this.update],
      ['slidechanged', this.update],
      ['overviewshown', this.update],
      ['overviewhidden', this.update],
      ['resize', this.resize],
      ['pdf-ready', this.onPdfReady],
    ];
  }

  destroy(): void {
    for (const [type, fn] of this.revealEvents()) this.reveal.off(type, fn);
    this.observer?.disconnect();
    this.sizes?.disconnect();
    this.disposeAll();
  }

  /** Number of live ECharts instances (tests and the benchmark read this). */
  get count(): number {
    return this.live.size;
  }

  readonly update = (): void => {
    const { ensure, dispose } = this.wanted();
    for (const el of dispose) this.dispose(el);
    const engine = ensure.length === 0 || this.prerequisites();
    let waiting = false;
    for (const [el, visible] of ensure) {
      const entry = this.live.get(el);
      if (entry) {
        if (visible) this.showOnScreen(el, entry);
      } else if (!this.glyphsReady(el)) waiting = true;
      else if (engine) this.enqueue(el, visible ? 'show' : 'prepare');
    }
    this.blocked = !engine || waiting;
    this.signal();
    this.prefetch();
  };

  /** Which charts should exist now, and which should go. */
  private wanted(): { ensure: [HTMLElement, boolean][]; dispose: HTMLElement[] } {
    const ensure: [HTMLElement, boolean][] = [];
    const dispose: HTMLElement[] = [];
    const all = () => {
      // Disconnected nodes are charts whose DOM reveal replaced; let them go.
      for (const el of this.live.keys()) if (!el.isConnected) dispose.push(el);
      for (const el of this.containers(this.doc)) ensure.push([el, true]);
    };
    if (this.reveal.isPrintView()) {
      if (this.pdfReady) all();
    } else if (this.reveal.isOverview() || this.reveal.isScrollView()) {
      all();
    } else {
      const current = this.reveal.getIndices().h;
      const far: [HTMLElement, number][] = [];
      this.reveal.getHorizontalSlides().forEach((slide, i) => {
        const d = Math.abs(i - current);
        for (const el of this.containers(slide)) {
          if (d <= this.options.near) ensure.push([el, d === 0]);
          else if (this.live.has(el)) far.push([el, d]);
        }
      });
      const made = this.live.size + ensure.filter(([el]) => !this.live.has(el)).length;
      dispose.push(...farthestBeyond(far, made, this.options.keep));
    }
    return { ensure, dispose };
  }

  /** True when ECharts is in; otherwise starts loading it and updates again when it is. */
  private prerequisites(): boolean {
    if (this.engine) return true;
    void loadEngine().then((engine) => {
      this.engine = engine;
      this.update();
    });
    return false;
  }

  /** After the first slide is up, fetch ECharts while the browser is idle, so later slides (or a lost connection) never wait. */
  private prefetch(): void {
    if (this.prefetched) return;
    this.prefetched = true;
    whenIdle(() => void loadEngine().then((engine) => this.warmUp(engine)), 3000);
  }

  /**
   * A chart's first drawing costs about twice a later one (ECharts' code is compiled on
   * first use). Draw the deck's first chart once, off the page, while the cover is up, so
   * no slide change pays for it. Only with that slide's glyphs in: ECharts keeps the text
   * widths it measures for good.
   */
  private warmUp(engine: Engine): void {
    const el = this.containers(this.doc)[0];
    const slide = el?.closest('section');
    const spec = this.specs.get(el?.dataset.chartFor ?? '');
    if (!slide || !spec || this.reveal.isPrintView()) return;
    void loadSlideFonts(slide, 5000).then((ok) => {
      if (!ok) return;
      whenIdle(() => {
        const chart = engine.echarts.init(null, engine.THEME_NAME, { renderer: engine.RENDERER, ssr: true, width: 1200, height: 700 });
        chart.setOption(engine.buildOption(spec, { animation: false, compact: false, width: 1200 }));
        chart.dispose();
      }, 3000);
    });
  }

  private readonly resize = (): void => {
    for (const [el, entry] of this.live) this.fit(el, entry);
  };

  private onResized(entries: ResizeObserverEntry[]): void {
    for (const { target } of entries) {
      const entry = this.live.get(target as HTMLElement);
      if (entry) this.fit(target as HTMLElement, entry);
    }
  }

  /** Resizes a chart to its container; rebuilds the option when the width changed, so labels wrap to it. */
  private fit(el: HTMLElement, entry: Live): void {
    const width = el.clientWidth;
    const height = el.clientHeight;
    if (!width || !height || entry.chart.isDisposed()) return;
    if (width === entry.chart.getWidth() && height === entry.chart.getHeight()) return;
    entry.chart.resize({ width, height, animation: { duration: 0 } });
    // Not drawn yet: draw() builds for the width it finds.
    if (entry.drawn && Math.abs(width - entry.width) > 1) {
      entry.width = width;
      entry.chart.setOption(this.option(entry.spec, false, width), { notMerge: true });
      this.loadGlyphs(el, entry);
    }
  }

  private readonly onPdfReady = (): void => {
    this.pdfReady = true;
    this.update();
  };

  private engine?: Engine;
  /** A chart is wanted but ECharts or its slide's glyphs are still loading. */
  private blocked = false;
  private prefetched = false;
  /** Slides whose font load has settled (loaded, or given up after the timeout: never block a chart for good). */
  private readonly glyphsSettled = new WeakSet<Element>();

  /**
   * ECharts measures label widths once per font and caches them for good, and a
   * canvas never asks for a unicode-range slice: drawing before the slide's glyphs
   * are in would leave boxes and mis-measured labels. So a chart waits for the
   * slices its slide needs (at most 5 s); loadGlyphs catches anything the plan missed.
   */
  private glyphsReady(el: HTMLElement): boolean {
    const slide = el.closest('section');
    if (!slide || this.glyphsSettled.has(slide) || slideFontsLoaded(slide)) return true;
    void loadSlideFonts(slide, 5000).then(() => {
      this.glyphsSettled.add(slide);
      this.update();
    });
    return false;
  }

  private containers(root: ParentNode): HTMLElement[] {
    return Array.from(root.querySelectorAll<HTMLElement>(CHART_SELECTOR));
  }

  private readonly queue = new Map<HTMLElement, Work>();
  private frameQueued = false;
  private idleQueued = false;

  private enqueue(el: HTMLElement, work: Work): void {
    // 'show' wins: a chart wanted on screen is not left for idle time.
    if (this.queue.get(el) !== 'show') this.queue.set(el, work);
    this.schedule();
  }

  private schedule(): void {
    const works = [...this.queue.values()];
    if (works.includes('show') && !this.frameQueued) {
      this.frameQueued = true;
      requestAnimationFrame(() => {
        this.frameQueued = false;
        this.step('show');
      });
    }
    if (works.includes('prepare') && !this.idleQueued) {
      this.idleQueued = true;
      whenIdle(() => {
        this.idleQueued = false;
        this.step('prepare');
      }, 1000);
    }
  }

  /** One slice of queued work: one chart made or drawn, then the rest is scheduled again. */
  private step(kind: Work): void {
    const next = [...this.queue].find(([el, w]) => w === kind && el.isConnected);
    // Containers reveal replaced meanwhile are dropped; update() queues their successors.
    for (const [el] of this.queue) if (!el.isConnected) this.queue.delete(el);
    if (next) {
      const [el] = next;
      const entry = this.live.get(el);
      if (!entry) {
        const made = this.make(el, kind === 'show');
        // Idle time: the drawing is the next slice. On screen: draw now.
        if (kind === 'show') this.draw(el, made);
      } else if (!entry.drawn) this.draw(el, entry);
      if (this.live.get(el)?.drawn) this.queue.delete(el);
    }
    this.schedule();
    this.signal();
  }

  /** Shows a chart whose slide is now on screen: lets a held animation run, or draws it now if it is still queued. */
  private showOnScreen(el: HTMLElement, entry: Live): void {
    if (!entry.drawn) {
      entry.unseen = false;
      this.enqueue(el, 'show');
      return;
    }
    if (!entry.unseen) return;
    entry.unseen = false;
    const animation = entry.chart.getZr().animation;
    // Ready again once it has built up (ECharts fires `finished`); a chart with nothing to animate stays ready.
    if (!animation.isFinished()) entry.finished = false;
    animation.resume();
  }

  /** An ECharts instance for the container, not yet drawn. */
  private make(el: HTMLElement, visible: boolean): Live {
    const id = el.dataset.chartFor ?? '';
    const spec = this.specs.get(id);
    if (!spec) throw new Error(`没有图表数据 / no chart spec for slide "${id}"`);
    // A container copied by reveal still carries the old instance's DOM: clear it.
    el.removeAttribute('_echarts_instance_');
    el.replaceChildren();
    const { echarts, THEME_NAME, RENDERER } = this.engine!;
    const chart = echarts.init(el, THEME_NAME, {
      renderer: RENDERER,
      width: el.clientWidth || undefined,
      height: el.clientHeight || undefined,
    });
    const untip = attachTooltip(chart, el);
    const entry: Live = { chart, spec, finished: false, unseen: !visible, width: el.clientWidth, fontsPending: false, drawn: false, untip };
    chart.on('finished', () => {
      entry.finished = true;
      this.signal();
    });
    this.live.set(el, entry);
    this.sizes?.observe(el);
    return entry;
  }

  /**
   * Sets the option; ECharts draws it at once (SVG). A chart made off-screen is held at the
   * first frame of its animation, and counts as finished: it is drawn as it will first be seen.
   */
  private draw(el: HTMLElement, entry: Live): void {
    const animation = !this.reveal.isPrintView() && this.animate;
    // Exposed for tests and exporters: whether this drawing animates.
    el.dataset.chartAnimated = String(animation);
    const width = el.clientWidth || entry.width;
    entry.width = width;
    entry.chart.setOption(this.option(entry.spec, animation, width));
    entry.drawn = true;
    if (animation && entry.unseen) {
      entry.chart.getZr().animation.pause();
      entry.finished = true;
    }
    this.loadGlyphs(el, entry);
  }

  /**
   * The bundled fonts are subset and split by unicode-range. ECharts lays labels out with
   * canvas text metrics, which never ask for a slice: a label measured before its glyphs
   * are in keeps the fallback face's width. Ask for every glyph the chart draws (its SVG
   * texts, just drawn: setOption renders synchronously), in the exact font each uses, and
   * lay the chart out again once they are in. Charts count as ready only after that.
   */
  private loadGlyphs(el: HTMLElement, entry: Live): void {
    const fonts = this.doc.fonts;
    if (!fonts || typeof fonts.load !== 'function') return;
    const byFont = new Map<string, string>();
    const view = this.doc.defaultView;
    for (const t of Array.from(el.querySelectorAll('svg text'))) {
      const text = t.textContent;
      if (!text || !view) continue;
      const cs = view.getComputedStyle(t);
      const font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      byFont.set(font, (byFont.get(font) ?? '') + text);
    }
    const missing = [...byFont].filter(([font, text]) => {
      try {
        return !fonts.check(font, text);
      } catch {
        return false;
      }
    });
    if (!missing.length) return;
    // For tests: the chart was drawn before these glyphs were in (the font plan missed them).
    el.dataset.chartLateGlyphs = missing.map(([font, text]) => `${font}: ${text}`).join(' | ');
    entry.fontsPending = true;
    void Promise.all(missing.map(([font, text]) => fonts.load(font, text).catch(() => []))).then(() => {
      entry.fontsPending = false;
      if (this.live.get(el) !== entry || entry.chart.isDisposed()) return;
      // Re-lay the labels with the real glyph widths; no second animation. A held chart stays finished.
      if (!entry.unseen) entry.finished = false;
      entry.chart.setOption(this.option(entry.spec, false, entry.width), { notMerge: true });
    });
  }

  /** A chart's option for its container's width: compact layouts below COMPACT_BELOW, labels wrapped to it. */
  private option(spec: ChartSpec, animation: boolean, width: number) {
    return this.engine!.buildOption(spec, { animation, compact: isCompact(width), width: width || undefined });
  }

  private dispose(el: HTMLElement): void {
    this.queue.delete(el);
    const entry = this.live.get(el);
    if (!entry) return;
    entry.untip();
    entry.chart.dispose();
    this.sizes?.unobserve(el);
    this.live.delete(el);
  }

  private disposeAll(): void {
    for (const el of [...this.live.keys()]) this.dispose(el);
    this.signal();
  }

  private signal(): void {
    const pending = this.queue.size > 0 || [...this.live.values()].some((e) => !e.finished || e.fontsPending);
    const printWaiting = (this.reveal.isPrintView() && !this.pdfReady) || this.blocked;
    markChartsReady(!pending && !printWaiting, this.doc);
    this.doc.documentElement.dataset.chartCount = String(this.live.size);
  }
}
