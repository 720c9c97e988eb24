import type { RichText } from '../api/types';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** A short line opening with 一、二、… is a heading, as in any Chinese report. */
const HEADING = /^[一二三四五六七八九十]+、\S.{0,38}$/;

export interface PhotoInput {
  fileId: number;
  caption: string;
}

/**
 * Text typed on a phone (an empty line between paragraphs; "一、基本情况" lines as headings) and captioned
 * photos, as a write-up.
 */
export function toRichText(text: string, photos: PhotoInput[]): RichText {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return {
    blocks: [
      ...paragraphs.map((p) =>
        HEADING.test(p)
          ? { type: 'HEADING' as const, level: 1, text: p }
          : { type: 'PARAGRAPH' as const, text: p },
      ),
      ...photos.map((p) => ({
        type: 'IMAGE' as const,
        fileId: p.fileId,
        ...(p.caption ? { caption: p.caption } : {}),
      })),
    ],
  } as RichText;
}

/** The other way, for correcting a write-up: headings get their 一、 back when they lack one. */
export function fromRichText(body: RichText): { text: string; photos: PhotoInput[] } {
  const parts: string[] = [];
  const photos: PhotoInput[] = [];
  let heading = 0;
  for (const b of body.blocks) {
    if (b.type === 'IMAGE') {
      if (b.fileId) photos.push({ fileId: b.fileId, caption: b.caption ?? '' });
    } else if (b.type === 'HEADING') {
      const text = b.text ?? '';
      heading += 1;
      parts.push(/^[一二三四五六七八九十]+、/.test(text) ? text : `${NUMERALS[(heading - 1) % 10]}、${text}`);
    } else if (b.type === 'CLAUSE') {
      parts.push(`${b.number ?? ''} ${b.text ?? ''}`.trim());
    } else if (b.text) {
      parts.push(b.text);
    }
  }
  return { text: parts.join('\n\n'), photos };
}
