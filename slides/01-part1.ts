import type { ChartSlide, PartModule } from '../src/model/types.ts';

/** Honours of the year named in part 一 items 3–5, by level; the counting rule is in docs/source-notes.md. */
const honoursChart: ChartSlide = {
  kind: 'chart',
  id: 'honours',
  title: '荣获的先进和荣誉称号',
  source: ['s1.i3', 's1.i4', 's1.i5'],
  chart: {
    type: 'honours',
    levels: ['全国', '全省', '全市'],
    items: [
      { level: '全国', name: '全国科技进步先进城区' },
      { level: '全国', name: '征兵工作全国先进' },
      { level: '全省', name: '人口计生优质服务全省先进' },
      { level: '全省', name: '流动人口“一盘棋”管理服务全省先进' },
      { level: '全省', name: '非公经济工作全省先进' },
      { level: '全省', name: '省“平安县市区”称号（连续五年保持）' },
      { level: '全省', name: '全省农村基层组织建设先进县市区' },
      { level: '全省', name: '统战工作全省先进' },
      { level: '全市', name: '全市先进单位' },
      { level: '全市', name: '全市优秀党委' },
    ],
  },
};

/*
 * Part 一 numbers its items from 2 (the source has no item 1; see
 * docs/source-notes.md). Slides never show item numbers, so nothing looks missing.
 */
export const part1: PartModule = {
  part: 's1',
  slides: [
    {
      kind: 'cards',
      id: 'good-results',
      // The source's year for the work summed up is contested (docs/source-notes.md item 7): left out on screen.
      source: ['s1.p1'],
      title: '积极应对挑战，着力化危为机',
      layout: 'columns',
      cards: [{ label: '千方百计', heading: '保增长' }, { label: '千方百计', heading: '保民生' }, { label: '千方百计', heading: '保稳定' }],
    },
    {
      kind: 'cards',
      id: 'results-areas',
      source: ['s1.p1', 's1.i2', 's1.i3', 's1.i4', 's1.i5'],
      title: '各项工作取得了较好成绩',
      layout: 'columns',
      fragments: true,
      cards: [
        { heading: '城乡面貌明显改善' },
        { heading: '社会事业蓬勃发展' },
        { heading: '民主法治稳步推进' },
        { heading: '党的建设不断加强' },
      ],
    },
    {
      kind: 'points',
      id: 'city-rural',
      source: ['s1.i2'],
      title: '城乡面貌明显改善',
      points: [
        '强力推进“四创四化”工作，城市品位大幅提升',
        '长株高速、田心立交、迎宾大道、职教园等项目工程有序推进',
        { text: '武广客运、时代大道全线通车', emphasis: ['全线通车'] },
        '区位优势不断彰显，对外形象全面提升',
        '以城带乡：农村道路、水利等基础设施建设步伐加快',
      ],
    },
    {
      kind: 'chart',
      id: 'air-quality',
      title: '全年空气质量良好天数达到310天',
      source: ['s1.i2'],
      chart: { type: 'dayShare', label: '空气质量良好天数', value: 310, unit: '天', total: 365, totalBasis: '按全年365天推算' },
      aside: [{ value: '12', unit: '个', label: '节能减排项目' }],
    },
    {
      kind: 'points',
      id: 'social-affairs',
      source: ['s1.i3'],
      title: '社会事业蓬勃发展',
      points: [
        '深入开展文明创建，文体事业繁荣发展',
        '探索建立被征地转城居民“老有所养”机制',
        { text: '科技：荣获“全国科技进步先进城区”称号', emphasis: ['全国科技进步先进城区'] },
        { text: '人口计生优质服务、流动人口“一盘棋”管理服务分别荣获全省先进', emphasis: ['全省先进'] },
        '高质量完成省、市、区各项实事',
      ],
    },
    {
      kind: 'points',
      id: 'rule-of-law',
      source: ['s1.i4'],
      title: '民主法治稳步推进',
      lead: '以“法治**”建设为载体，大力推进民主法治进程',
      points: [
        '区人大依法监督，区政府依法行政，区政协履行职能',
        { text: '人武部征兵工作荣获全国先进', emphasis: ['全国先进'] },
        { text: '非公经济工作获评全省先进', emphasis: ['全省先进'] },
        { text: '连续五年保持省“平安县市区”称号', emphasis: ['连续五年'] },
      ],
    },
    {
      kind: 'points',
      id: 'party-building',
      source: ['s1.i5'],
      title: '党的建设不断加强',
      points: [
        { text: '学习实践科学发展观活动：荣获全市先进单位和优秀党委称号', emphasis: ['全市先进单位和优秀党委'] },
        { text: '“全省农村基层组织建设先进县市区”荣誉称号', emphasis: ['全省农村基层组织建设先进县市区'] },
        '宣传工作唱正气之歌、鼓发展之劲、奏和谐之曲',
        { text: '统战工作紧紧围绕中心、服务大局，荣获全省先进', emphasis: ['全省先进'] },
        '扎实开展“四治”活动，严格落实党风廉政建设责任制',
      ],
    },
    honoursChart,
    {
      kind: 'cards',
      id: 'thanks',
      source: ['s1.p2'],
      title: '成绩令人鼓舞',
      layout: 'columns',
      fragments: true,
      cards: [
        { heading: '市委、市政府', body: ['坚强领导、大力支持的结果'] },
        { heading: '区几大家', body: ['团结协作、和谐奋进的结果'] },
        { heading: '全区上下', body: ['同心同德、努力拼搏的结果'] },
      ],
    },
    {
      kind: 'quote',
      id: 'gratitude',
      source: ['s1.p2'],
      lines: ['在此，我代表区委，', '向同志们表示衷心的感谢，', '向朋友们致以崇高的敬意！'],
    },
  ],
};

