import type { ChartSlide, PartModule } from '../src/model/types.ts';

/** The roadmap of s3.p1 with the 3–5 year golden window of s2.i1. Added once its chart builder exists. */
const roadmapChart: ChartSlide = {
  kind: 'chart',
  id: 'goal-roadmap',
  title: '确保实现宏伟目标',
  source: ['s3.p1', 's2.i1'],
  chart: {
    type: 'roadmap',
    milestones: [
      { year: 1, label: '初见成效' },
      { year: 3, label: '大见成效' },
      { year: 5, label: '再造一个新**' },
    ],
    span: { from: 3, to: 5, label: '黄金机遇期' },
  },
};

/*
 * Part 三 has no numbered items. Paragraph s3.p5 ends with a cut-off sentence
 * ("局更加和谐，党的建设更加加强。"); it stays in the notes, verbatim, and is
 * not shown on a slide (docs/source-notes.md).
 */
export const part3: PartModule = {
  part: 's3',
  slides: [
    {
      kind: 'cards',
      id: 'decisive-year',
      source: ['s3.p1'],
      title: '做好今年各项工作，任务艰巨、意义重大',
      layout: 'columns',
      // The source's "2024年" contradicts "十一五" (2006–2010): the year is left out on screen (docs/source-notes.md item 7).
      cards: [
        { label: '全面完成“十一五”的', heading: '决战之年' },
        { label: '蓄势冲刺“十二五”的', heading: '关键之年' },
      ],
    },
    {
      kind: 'points',
      id: 'overall-approach',
      source: ['s3.p1'],
      title: '今后一段时期内全区工作的总体思路',
      points: [
        '坚持以邓小平理论和“三个代表”重要思想为指导',
        '深入贯彻落实科学发展观',
        { text: '紧扣“两型”社会建设主线', emphasis: ['“两型”社会建设'], fragment: true },
        { text: '突出打好“园区攻坚、城市提质”两大战役', emphasis: ['两大战役'], fragment: true },
        { text: '大力实施“工业主导、城市带动”两大战略', emphasis: ['两大战略'], fragment: true },
        { text: '着力打造清水塘、田心两大样板', emphasis: ['两大样板'], fragment: true },
        { text: '全力推进**发展新跨越', emphasis: ['全力推进**发展新跨越'], fragment: true },
      ],
    },
    {
      kind: 'cards',
      id: 'two-models',
      source: ['s3.p1'],
      title: '着力打造两大样板',
      layout: 'columns',
      cards: [
        { label: '在全国有较大影响的', heading: '清水塘', body: ['循环经济发展示范区'] },
        { label: '以现代工业文明为特征的', heading: '田心', body: ['生态宜居示范区'] },
      ],
    },
    roadmapChart,
    {
      kind: 'cards',
      id: 'two-strategies',
      source: ['s3.p1', 's3.p4'],
      title: '大力实施两大战略',
      lead: '两大战略互为联系、相辅相成、相互促进',
      layout: 'columns',
      cards: [
        { label: '新型工业化', heading: '工业主导' },
        { label: '新型城市化', heading: '城市带动' },
      ],
    },
    {
      kind: 'cards',
      id: 'industry-leads',
      source: ['s3.p2'],
      title: '“工业主导”：高举新型工业化的旗帜',
      lead: '一切工作都要围绕这个中心，服务这个中心',
      layout: 'columns',
      fragments: true,
      cards: [
        { label: '把发展工业', heading: '摆在第一位置' },
        { label: '把发展工业', heading: '作为第一抓手' },
        { label: '把发展工业', heading: '当作第一责任' },
      ],
    },
    {
      kind: 'cards',
      id: 'city-drives',
      source: ['s3.p3'],
      title: '“城市带动”：走新型城市化的路子',
      lead: '牢固树立抓城市就是从战略上抓发展、抓民生的理念',
      layout: 'columns',
      fragments: true,
      cards: [
        { label: '经济发展', heading: '高地' },
        { label: '投资环境', heading: '洼地' },
        { label: '生产要素', heading: '聚集地' },
        { label: '群众生活', heading: '福地' },
      ],
    },
    {
      kind: 'quote',
      id: 'villages-to-communities',
      source: ['s3.p3'],
      lines: ['让全区大多数农村变社区、', '农民变市民，实现社保全覆盖'],
      caption: '吸引人气、集聚财气，辐射带动农村发展，不断提升全民幸福指数',
    },
    {
      kind: 'cards',
      id: 'two-hands',
      source: ['s3.p4'],
      title: '实施“工业主导”战略，必须坚持三个“两手抓”',
      layout: 'columns',
      fragments: true,
      cards: [
        { label: '一手抓“老”，一手抓“新”', heading: '老 · 新' },
        { label: '一手抓“大”，一手抓“小”', heading: '大 · 小' },
        { label: '一手抓“硬”，一手抓“软”', heading: '硬 · 软' },
      ],
    },
    {
      kind: 'cards',
      id: 'old-new',
      source: ['s3.p4'],
      title: '一手抓“老”，一手抓“新”',
      layout: 'columns',
      cards: [
        { label: '抓“老”', heading: '清水塘工业区提质改造', body: ['让老企业焕发新活力', '让传统工业变为现代工业'] },
        { label: '抓“新”', heading: '自主知识产权、一流水平企业', body: ['轨道交通装备制造技术研发、创新', '有色金属深加工技术改造、提升'] },
      ],
    },
    {
      kind: 'cards',
      id: 'big-small',
      source: ['s3.p4'],
      title: '一手抓“大”，一手抓“小”',
      layout: 'columns',
      cards: [
        { label: '抓“大”', heading: '抓龙头企业', body: ['落实“5115”“三特”政策', '敢于大幅让利，敢于大胆奖励'] },
        { label: '抓“小”', heading: '大力发展非公经济', body: ['为中小企业搭建发展平台', '形成全民创业的良好局面'] },
      ],
    },
    {
      kind: 'cards',
      id: 'hard-soft',
      source: ['s3.p4'],
      title: '一手抓“硬”，一手抓“软”',
      layout: 'columns',
      cards: [
        { label: '抓“硬”', heading: '城市环境和园区环境', body: ['让城市更整洁、更靓丽', '水、电、路、气、标准厂房'] },
        { label: '抓“软”', heading: '抓投资环境', body: ['公开透明高效的政务服务', '吸引客商、留住项目'] },
      ],
    },
    {
      kind: 'cards',
      id: 'five-highs',
      source: ['s3.p5'],
      title: '实施“城市带动”战略',
      layout: 'rows',
      fragments: true,
      cards: [
        { label: '必须坚持', heading: '高起点规划', body: ['科学构建城市整体框架和发展方向'] },
        // The source writes "bt、bot" in lower case: normalised on screen (docs/source-notes.md item 10).
        { label: '必须坚持', heading: '高强度投入', body: ['财政投入、担保融资、BT、BOT等多种方式'] },
        { label: '必须坚持', heading: '高标准建设', body: ['努力打造“生态型城区”'] },
        { label: '必须坚持', heading: '高水平管理', body: ['构建科学高效的城市管理体系'] },
        { label: '必须坚持', heading: '高效益经营', body: ['大力推行城市建设公司化运作'] },
      ],
    },
    {
      kind: 'cards',
      id: 'virtuous-cycle',
      source: ['s3.p5'],
      title: '城市建设步入良性循环',
      lead: '把城市资本作为最大的国有资产来经营',
      layout: 'flow',
      fragments: true,
      cards: [{ heading: '投入' }, { heading: '产出' }, { heading: '再投入' }, { heading: '更大产出' }],
    },
    {
      kind: 'cards',
      id: 'government-market',
      source: ['s3.p6'],
      title: '必须紧扣两大战略',
      layout: 'columns',
      fragments: true,
      cards: [
        { heading: '政府主导', body: ['作规划、拓空间、定政策、优环境、强服务', '到位不越位、正位不缺位'] },
        { heading: '市场运作', body: ['公司化运作平台', '园区开发、城市建设全面推向市场'] },
        { heading: '合作共赢', body: ['“合作才能成事”', '确保政府和投资者双赢'] },
      ],
    },
  ],
};

