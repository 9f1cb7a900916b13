import type { ChartSlide, PartModule } from '../src/model/types.ts';

/** 十大重点基础工程 and 十大产业项目 with the projects the speech names (part 四 item 3); 十件民生实事 is part 五's. */
const planCountsChart: ChartSlide = {
  kind: 'chart',
  id: 'plan-counts',
  title: '以大工程、大项目的上马建设，带动发展大提速',
  source: ['s4.i3'],
  chart: {
    type: 'planCounts',
    unit: '项',
    items: [
      { name: '十大重点基础工程', count: 10, named: ['田心高科园基础配套设施', '铜塘湾港区', '重金属工业废水处理厂', '铜霞路一期改扩建'] },
      { name: '十大产业项目', count: 10, named: ['轨道交通千亿产业集群', '南车时代百亿工程', '旗滨集团光伏玻璃产业基地', '时代研究院'] },
    ],
  },
};

/*
 * Part 四 numbers its items from 2 (the source has no item 1; see
 * docs/source-notes.md). Slides show the items' own headings, never their numbers.
 * The sub-points 一要/二要/三要 are the speech's own words and are shown.
 */
export const part4: PartModule = {
  part: 's4',
  slides: [
    {
      kind: 'cards',
      id: 'three-twos',
      // The speech names the three pairs here; their members are named in part 二 item 3 and part 三.
      source: ['s4.p1', 's2.i3', 's3.p1'],
      title: '紧紧围绕“两大战场、两大战略、两大样板”',
      lead: '突出工作重点，抓住关键环节，一鼓作气，大干快上',
      layout: 'columns',
      fragments: true,
      cards: [
        { label: '两大战场', heading: '园区攻坚 · 城市提质' },
        { label: '两大战略', heading: '工业主导 · 城市带动' },
        { label: '两大样板', heading: '清水塘 · 田心' },
      ],
    },
    {
      kind: 'cards',
      id: 'civilised-city',
      source: ['s4.i2'],
      title: '以文明创建为总揽，奏响城市提质进行曲',
      lead: '瞄准创建全国文明城区目标，坚定不移地推进“四创四化”',
      layout: 'columns',
      fragments: true,
      cards: [
        { label: '一要', heading: '提升城乡基础设施' },
        { label: '二要', heading: '提升城市管理水平' },
        { label: '三要', heading: '提升市民文明素质' },
      ],
    },
    {
      kind: 'points',
      id: 'infrastructure',
      source: ['s4.i2'],
      title: '一要提升城乡基础设施',
      points: [
        '加快铜霞路、田心立交、迎宾大道等城市主干道建设',
        '打造白石港、响石岭、清石广场、田心等城市景观节点',
        '启动**大道生态景观长廊建设',
        '加大老旧社区改造力度，推动商贸三产繁荣发展',
        '农村城市化、农民居民化、城乡一体化',
        '完善九郎山基础设施，发展工业旅游、生态观光旅游',
      ],
    },
    {
      kind: 'points',
      id: 'city-management',
      source: ['s4.i2'],
      title: '二要提升城市管理水平',
      lead: '树立“大城管”理念',
      points: [
        '运行市场化、管理网格化、作业精细化、考核标准化',
        { text: '建成省市一流的数字化管理平台', emphasis: ['数字化管理平台'] },
        '全面实现国家交通模范城市创建目标',
        '力争创环保模范城市各项指标基本达标',
        '加快推进全国文明城区创建步伐',
      ],
    },
    {
      kind: 'points',
      id: 'civic-quality',
      source: ['s4.i2'],
      title: '三要提升市民文明素质',
      lead: '广泛开展“**精神大讨论”活动，提炼**精神，宣扬**精神',
      points: [
        { text: '“开放、包容、诚信、务实、创新、争先”', emphasis: ['开放、包容、诚信、务实、创新、争先'] },
        '大力弘扬“共驻共建”的优良传统',
        '发挥市容监督员、义工志愿者的作用',
        '形成奋发向上、文明和谐的良好氛围',
      ],
    },
    {
      kind: 'cards',
      id: 'projects-lead',
      source: ['s4.i3'],
      title: '以项目建设为纽带，开掘跨越发展活水源',
      layout: 'flow',
      fragments: true,
      cards: [
        { label: '以项目的', heading: '大建设' },
        { label: '带动资金的', heading: '大投入' },
        { label: '实现发展的', heading: '大跨越' },
      ],
    },
    {
      kind: 'cards',
      id: 'projects-three',
      source: ['s4.i3'],
      title: '项目是投资的载体，是跨越发展的基石',
      layout: 'columns',
      fragments: true,
      cards: [
        { label: '一要', heading: '加强资本运作', body: ['“能者为师”，引进操盘手', '资源资产化、资产资本化、资本证券化'] },
        { label: '二要', heading: '着力项目引进', body: ['以项目流带动资金流、人才流、技术流', '引项、引资、引智'] },
        { label: '三要', heading: '加快项目建设', body: ['十大重点基础工程', '十大产业项目'] },
      ],
    },
    {
      kind: 'cards',
      id: 'national-plan-projects',
      source: ['s4.i3'],
      title: '确保进入国家相关专项规划的项目早日落地建设',
      layout: 'columns',
      fragments: true,
      cards: [
        { heading: '清水塘重金属污染区居民搬迁工程' },
        { heading: '污废水综合处理及利用工程' },
        { heading: '废渣综合治理工程' },
      ],
    },
    planCountsChart,
    {
      kind: 'points',
      id: 'serve-enterprises',
      source: ['s4.i4'],
      title: '以服务企业为重点，增强区域环境吸引力',
      lead: '**区作为一个工业大区，必须把发展工业、服务企业作为重中之重',
      points: [
        '强化服务意识、增强服务本领、提升服务标准',
        { text: '“人人都为企业服务、个个都为企业出力”', emphasis: ['人人都为企业服务、个个都为企业出力'] },
        { text: '“大区域、大融合、大服务、大发展”', emphasis: ['大区域、大融合、大服务、大发展'] },
      ],
    },
    {
      kind: 'quote',
      id: 'built-on-industry',
      source: ['s4.i4'],
      lines: ['**区因工而立，因工而兴，', '也必须因工而强'],
      caption: '工业是我们的主属性，工业主导的地位和战略不能有任何改变',
    },
    {
      kind: 'cards',
      id: 'enterprise-firsts',
      source: ['s4.i4'],
      title: '服务企业',
      layout: 'columns',
      fragments: true,
      cards: [
        { label: '发展企业', heading: '第一位置', body: ['视企业为发展的“命根子”'] },
        { label: '服务企业', heading: '第一职责', body: ['哪里需要服务，哪里就有领导'] },
        { label: '企业满意', heading: '第一标准', body: ['让企业放心发展、大胆发展'] },
      ],
    },
    {
      kind: 'cards',
      id: 'hard-soft-environment',
      source: ['s4.i4'],
      title: '着力营造“硬环境”和“软环境”',
      layout: 'columns',
      cards: [
        { label: '优美舒适的', heading: '“硬环境”', body: ['水、电、路、气等基础设施配套', '物流、金融、中介等生产性服务业', '企业需要什么，我们就能够提供什么'] },
        { label: '优质高效的', heading: '“软环境”', body: ['全新的理念、全新的手段', '为企业提供“保姆式”服务', '投资者安心、放心、开心、暖心'] },
      ],
    },
    {
      kind: 'quote',
      id: 'hats-and-cuffs',
      source: ['s4.i4'],
      lines: ['该换位子的换位子，', '该摘帽子的摘帽子，', '该戴铐子的戴铐子。'],
      caption: '对那些破坏发展环境、影响企业发展的人和事',
    },
  ],
};

