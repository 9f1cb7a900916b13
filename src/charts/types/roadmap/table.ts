import type { DataTable } from '../module.ts';
import { roadmapYearLabel, spanLabel, spanText, type RoadmapSpec } from './spec.ts';

export function describeRoadmap(spec: RoadmapSpec): string {
  const ms = spec.milestones.map((m) => `${roadmapYearLabel(m.year)}${m.label}`).join('、');
  const span = spec.span ? `；${spanLabel(spec.span)}` : '';
  return `发展目标时间表：${ms}${span}。`;
}

export function roadmapTable(spec: RoadmapSpec): DataTable {
  return {
    caption: '发展目标时间表',
    head: ['时间', '目标'],
    rows: [
      ...spec.milestones.map((m) => [roadmapYearLabel(m.year), m.label]),
      ...(spec.span ? [[spanText(spec.span), spec.span.label.replace(spanText(spec.span), '').trim() || spec.span.label]] : []),
    ],
  };
}
