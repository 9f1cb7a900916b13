import type { ChartSlide, PartModule } from '../src/model/types.ts';

/** Output forecasts and the 千亿 park (part 二 item 2). Added to the deck once its chart builder exists. */
const forecastChart: ChartSlide = {
  kind: 'chart',
  id: 'rail-forecast',
  // No year: the source's "2024年" is contested (docs/source-notes.md item 7). The chart carries 据初步估算.
  title: '在田心片区打造千亿产业园区完全可以实现',
  source: ['s2.i2'],
  chart: {
    type: 'forecast',
    unit: '亿元',
    items: [
      { name: '南车株机', kind: 'range', low: 400, high: 500 },
      { name: '电力机车研究所', kind: 'lowerBound', low: 300 },
    ],
    target: { name: '千亿产业园区', value: 1000 },
  },
};

/** 工业总量三年翻一番, with the share target 半壁江山 (part 二 item 3, part 三). */
const doublingChart: ChartSlide = {
  kind: 'chart',
  id: 'doubling-path',
  title: '确保工业总量三年翻一番，力争占全市半壁江山',
  source: ['s2.i3', 's3.p2'],
  chart: { type: 'doubling', years: 3, factor: 2, shareTarget: { label: '力争占全市半壁江山', value: 50 } },
};

export const part2: PartModule = {
  part: 's2',
  slides: [
    {
      kind: 'quote',
      id: 'long-view',
      source: ['s2.p1'],
      lines: ['不谋长远者，不足谋一时；', '不谋全局者，不足谋一域。'],
      // "2024年和" is the contested year (docs/source-notes.md item 7): left out on screen.
      caption: '“十二五”期间，是**区加快发展的战略机遇期',
    },
    {
      kind: 'points',
      id: 'plan-ahead',
      source: ['s2.p1'],
      title: '科学谋划、长远思考',
      lead: '能否实现超常规发展，关键是要科学谋划、长远思考',
      points: [
        '进一步拓宽视野、放远眼光',
        '敏锐捕捉一切宝贵机遇',
        { text: '牢牢把握发展的主动权', emphasis: ['主动权'] },
        '推动经济社会发展再上新台阶',
      ],
    },
    {
      kind: 'points',
      id: 'resolve-to-leap',
      source: ['s2.i1'],
      title: '超前谋划，必须立志跨越发展',
      points: [
        '发展好似逆水行舟，不进则退，慢进也是退',
        '不发展没有出路，发展慢了同样没有出路',
        '增强时不我待的使命感、责任感和紧迫感',
        '坚持科学发展不动摇，推进跨越发展不懈怠',
      ],
    },
    {
      kind: 'quote',
      id: 'few-steps',
      source: ['s2.i1'],
      lines: ['发展之路漫漫，', '但紧要处往往只有几步'],
      caption: '今后3至5年，是**区发展的黄金机遇期，是决定**区长远发展的重要几步',
    },
    {
      kind: 'points',
      id: 'seize-opportunity',
      source: ['s2.i2'],
      title: '超前谋划，必须抢抓历史机遇',
      lead: '机遇远大于挑战，希望远多于困难',
      points: [
        '产业：全球经济回暖，国家扩大内需政策拉动',
        '城市：长株潭一体化加速推进，城市北扩步伐加快',
        '田心片区：株洲第三次城市扩张的重要节点和重点区域',
        '“两型改革”、“循环示范”的金字招牌',
        '区划调整已经启动，支持园区发展的政策意见即将出台',
      ],
    },
    forecastChart,
    {
      kind: 'quote',
      id: 'ripe-peach',
      source: ['s2.i2'],
      lines: ['机遇宝贵，稍纵即逝', '就像“熟透了的桃子”'],
      caption: '必须奋起抢抓、迅速捕捉、准确把握，决不能贻误战机、痛失良机',
    },
    {
      kind: 'cards',
      id: 'three-campaigns',
      source: ['s2.i3'],
      title: '超前谋划，必须明确发展定位',
      lead: '义不容辞把我区作为全市园区攻坚、城市提质的主战场',
      layout: 'columns',
      cards: [
        { label: '主战场', heading: '城市提质' },
        { label: '主战场', heading: '园区攻坚' },
        { heading: '旅游升温' },
      ],
    },
    {
      kind: 'cards',
      id: 'raise-standards',
      source: ['s2.i3'],
      title: '提高目标、提升标准、提速发展',
      layout: 'columns',
      fragments: true,
      cards: [
        { label: '在更高的层面', heading: '谋划发展' },
        { label: '以更严的要求', heading: '开展工作' },
        { label: '用更好的成效', heading: '体现水平' },
      ],
    },
    {
      kind: 'cards',
      id: 'positioning',
      source: ['s2.i3'],
      title: '着力于快速度、增总量、优结构',
      layout: 'columns',
      fragments: true,
      cards: [
        { label: '着力于', heading: '快速度', body: ['见事要早，行动要快', '雷厉风行，抢抓机遇'] },
        { label: '着力于', heading: '增总量', body: ['“5115”工程旗舰企业', '工业总量三年翻一番'] },
        { label: '着力于', heading: '优结构', body: ['坚持“好”字优先', '淘汰落后产能，发展高新产业'] },
      ],
    },
    doublingChart,
  ],
};


