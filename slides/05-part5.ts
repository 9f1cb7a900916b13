import type { PartModule } from '../src/model/types.ts';

export const part5: PartModule = {
  part: 's5',
  slides: [
    {
      kind: 'figures',
      id: 'people-first',
      source: ['s5.p1'],
      title: '让改革发展的成果更多更好地惠及广大人民群众',
      lead: '把实现好、维护好、发展好群众根本利益作为一切工作的出发点和落脚点',
      figures: [{ value: '十', unit: '件', label: '突出办好民生实事' }],
    },
    {
      kind: 'points',
      id: 'democracy',
      source: ['s5.i1'],
      title: '积极发展民主政治',
      lead: '坚持依法治区，充分保证人民群众的各项民主权利',
      points: [
        '支持人大及其常委会依法行使决定、监督、任免等职权',
        '支持人民政协发挥政治协商、民主监督、参政议政职能',
        '强化党管武装，增强全民国防观念',
        '巩固和发展爱国统一战线，广泛凝聚各方力量',
      ],
    },
    {
      kind: 'cards',
      id: 'social-security',
      source: ['s5.i2'],
      title: '大力提高保障水平',
      lead: '城镇低保、全民社保、城乡环保和就业、就学、就医',
      layout: 'columns',
      fragments: true,
      cards: [
        { label: '社会保障', heading: '得到更多实惠', body: ['完善城乡社会保障和救助体系', '健全被征地农民基本生活保障制度'] },
        { label: '“蓝天碧水净土”工程', heading: '更健康、更放心', body: ['重拳治污，推进节能减排', '加强生态建设'] },
        { label: '就业', heading: '就业更充分', body: ['强化就业技能培训', '确保零就业家庭动态为零'] },
      ],
    },
    {
      kind: 'points',
      id: 'social-programmes',
      source: ['s5.i3'],
      title: '全面繁荣社会事业',
      points: [
        { text: '教育：创建现代教育技术实验区，打造教育品牌', emphasis: ['教育：'] },
        { text: '科技：创建全省可持续发展试验区', emphasis: ['科技：'] },
        { text: '文化：精心打造文化品牌，满足全民文化需求', emphasis: ['文化：'] },
        { text: '医疗：完善公共卫生服务体系和疾病防控体系', emphasis: ['医疗：'] },
        { text: '计生：争创人口计生全国先进城区', emphasis: ['计生：'] },
      ],
    },
    {
      kind: 'points',
      id: 'stability',
      source: ['s5.i4'],
      title: '切实维护社会稳定',
      points: [
        '区委书记大接访、政法几长大接访',
        '矛盾化解在基层，解决在萌芽状态',
        '深化“平安**”创建，提高人防、物防、技防水平',
        '坚决杜绝重特大安全事故的发生',
        '坚持严打方针不动摇，增强安全感、幸福感',
      ],
    },
  ],
};
