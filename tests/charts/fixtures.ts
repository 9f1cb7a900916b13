/** Chart data as the speech states it; the same values the slide modules carry. */
import type { DoublingSpec, ForecastSpec, HonoursSpec, PlanCountsSpec, RoadmapSpec } from '../../src/charts/specs.ts';

export const forecastSpec: ForecastSpec = {
  type: 'forecast',
  unit: '亿元',
  items: [
    { name: '南车株机', kind: 'range', low: 400, high: 500 },
    { name: '电力机车研究所', kind: 'lowerBound', low: 300 },
  ],
  target: { name: '田心片区千亿产业园区', value: 1000 },
};

export const doublingSpec: DoublingSpec = {
  type: 'doubling',
  years: 3,
  factor: 2,
  shareTarget: { label: '力争占全市半壁江山', value: 50 },
};

export const roadmapSpec: RoadmapSpec = {
  type: 'roadmap',
  milestones: [
    { year: 1, label: '初见成效' },
    { year: 3, label: '大见成效' },
    { year: 5, label: '再造一个新**' },
  ],
  span: { from: 3, to: 5, label: '今后3至5年 黄金机遇期' },
};

export const honoursSpec: HonoursSpec = {
  type: 'honours',
  items: [
    { level: '全国', name: '全国科技进步先进城区' },
    { level: '全国', name: '征兵工作全国先进' },
    { level: '全省', name: '人口计生优质服务全省先进' },
    { level: '全省', name: '流动人口“一盘棋”管理服务全省先进' },
    { level: '全省', name: '非公经济工作全省先进' },
    { level: '全省', name: '省“平安县市区”称号（连续五年）' },
    { level: '全省', name: '全省农村基层组织建设先进县市区' },
    { level: '全省', name: '统战工作全省先进' },
    { level: '全市', name: '全市先进单位' },
    { level: '全市', name: '全市优秀党委' },
  ],
};

export const planSpec: PlanCountsSpec = {
  type: 'planCounts',
  unit: '项',
  items: [
    { name: '十大重点基础工程', count: 10, named: ['田心高科园基础配套设施', '铜塘湾港区', '重金属工业废水处理厂', '铜霞路一期改扩建'] },
    { name: '十大产业项目', count: 10, named: ['轨道交通千亿产业集群', '南车时代百亿工程', '旗滨集团光伏玻璃产业基地', '时代研究院'] },
    { name: '十件民生实事', count: 10, named: [] },
  ],
};
