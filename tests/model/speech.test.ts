import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSpeech, SpeechFormatError } from '../../src/model/speech.ts';
import { speech } from '../../slides/source/index.ts';

const raw = readFileSync(new URL('../../slides/source/speech.txt', import.meta.url), 'utf8');

describe('parseSpeech', () => {
  it('keeps the summary line out of the body', () => {
    expect(speech.summary.endsWith('...')).toBe(true);
    expect(speech.paragraphs.some((p) => p.text === speech.summary)).toBe(false);
    expect(speech.paragraphs[0]).toMatchObject({ id: 'open.1', kind: 'salutation', text: '同志们：' });
  });

  it('finds the six parts with their headings and the closing', () => {
    expect(Object.values(speech.partTitles)).toHaveLength(6);
    expect(speech.partTitles.s2).toBe('超前谋划，牢牢把握跨越发展的战略机遇');
    expect(speech.byId.get('close.1')?.text.startsWith('同志们，跨越发展的号角已经吹响')).toBe(true);
  });

  it('numbers items by the speech’s own numbers, so part 一 and part 四 start at 2', () => {
    const items = (part: string) => speech.paragraphs.filter((p) => p.part === part && p.item).map((p) => p.item);
    expect(items('s1')).toEqual([2, 3, 4, 5]);
    expect(items('s2')).toEqual([1, 2, 3]);
    expect(items('s3')).toEqual([]);
    expect(items('s4')).toEqual([2, 3, 4]);
    expect(items('s5')).toEqual([1, 2, 3, 4]);
    expect(items('s6')).toEqual([1, 2, 3]);
  });

  it('joins lines cut by page breaks and splits items glued to the paragraph before', () => {
    expect(speech.byId.get('s1.p1')?.text).toContain('在市委、市政府的坚强领导下');
    expect(speech.byId.get('s1.i2')?.text.startsWith('2、城乡面貌明显改善。')).toBe(true);
    expect(speech.byId.get('s2.i2')?.text.startsWith('2、超前谋划，必须抢抓历史机遇。纵观')).toBe(true);
    expect(speech.byId.get('s4.i3')?.text).toContain('重金属工业废水处理厂');
    expect(speech.byId.get('s6.i2')?.text).toContain('凭政绩论上下，大胆保护');
  });

  it('loses no character of the body', () => {
    const strip = (s: string) => s.replace(/\s+/g, '');
    const body = strip(raw.split('\n').slice(1).join(''));
    expect(strip(speech.paragraphs.map((p) => p.text).join(''))).toBe(body);
  });

  it('gives every paragraph a unique id', () => {
    expect(new Set(speech.paragraphs.map((p) => p.id)).size).toBe(speech.paragraphs.length);
    expect(speech.paragraphs).toHaveLength(38);
  });

  it('rejects text that is not the speech', () => {
    expect(() => parseSpeech('同志们：\n一、x')).toThrow(SpeechFormatError);
    // A part heading skipped or out of order is a misread, not a new part.
    expect(() => parseSpeech('摘要...\n同志们：\n一、甲\n正文。\n三、丙\n正文。')).toThrow(/应为“二、”/);
    expect(() => parseSpeech('摘要...\n同志们：\n开场的话。')).toThrow(/部分标题/);
  });

  it('takes as many parts as the speech has, numbered past 十', () => {
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
    const text = ['摘要...', '同志们：', '开场。', ...numerals.flatMap((n, i) => [`${n}、标题${i + 1}`, `正文${i + 1}。`]), '同志们，结束。'].join('\n');
    const many = parseSpeech(text);
    expect(many.parts).toEqual(['open', ...numerals.map((_, i) => `s${i + 1}`), 'close']);
    expect(many.partTitles.s12).toBe('标题12');
    expect(many.byId.get('s11.p1')?.text).toBe('正文11。');
    expect(many.byId.get('close.1')?.text).toBe('同志们，结束。');
  });

  it('lists the real speech’s parts in speaking order', () => {
    expect(speech.parts).toEqual(['open', 's1', 's2', 's3', 's4', 's5', 's6', 'close']);
  });
});
