import { describe, expect, it } from 'vitest';
import { fromRichText, toRichText } from './write-up-text';

describe('write-up text typed on a phone', () => {
  it('makes paragraphs at empty lines and headings of short 一、 lines, photos last with their captions', () => {
    const body = toRichText('一、基本情况\n\n小组五人。\n带动三十户。\n\n\n二、取得成效\n\n增收四千元', [
      { fileId: 5, caption: '大棚' },
      { fileId: 6, caption: '' },
    ]);
    expect(body.blocks).toEqual([
      { type: 'HEADING', level: 1, text: '一、基本情况' },
      { type: 'PARAGRAPH', text: '小组五人。\n带动三十户。' },
      { type: 'HEADING', level: 1, text: '二、取得成效' },
      { type: 'PARAGRAPH', text: '增收四千元' },
      { type: 'IMAGE', fileId: 5, caption: '大棚' },
      { type: 'IMAGE', fileId: 6 },
    ]);
  });

  it('reads a stored write-up back, numbering headings that lack 一、 so they stay headings', () => {
    const { text, photos } = fromRichText({
      blocks: [
        { type: 'HEADING', level: 1, text: '基本情况' },
        { type: 'PARAGRAPH', text: '<script>x</script>' },
        { type: 'IMAGE', fileId: 9, caption: '合影' },
      ],
    } as never);
    expect(text).toBe('一、基本情况\n\n<script>x</script>');
    expect(photos).toEqual([{ fileId: 9, caption: '合影' }]);
    expect(toRichText(text, photos).blocks[0]).toEqual({ type: 'HEADING', level: 1, text: '一、基本情况' });
  });
});
