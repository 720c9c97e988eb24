import { Typography } from 'antd';
import type { RichText } from '../api/types';
import { Photo } from './photo';

/**
 * A write-up shown as plain text, block by block: nothing in it is ever read as HTML, so a
 * "<script>" typed in stays visible text.
 */
export function WriteUp({ body }: { body: RichText }) {
  return (
    <div data-testid="write-up">
      {body.blocks.map((b, i) => {
        switch (b.type) {
          case 'HEADING':
            return (
              <Typography.Title key={i} level={Math.min(5, (b.level ?? 1) + 3) as 4 | 5}>
                {b.text}
              </Typography.Title>
            );
          case 'IMAGE':
            return (
              <figure key={i} style={{ margin: '12px 0' }}>
                {b.fileId ? <Photo fileId={b.fileId} alt={b.caption ?? ''} /> : null}
                {b.caption && (
                  <figcaption>
                    <Typography.Text type="secondary">{b.caption}</Typography.Text>
                  </figcaption>
                )}
              </figure>
            );
          case 'CLAUSE':
            return (
              <Typography.Paragraph key={i}>
                <Typography.Text strong>{b.number}</Typography.Text> {b.text}
              </Typography.Paragraph>
            );
          default:
            return (
              <Typography.Paragraph key={i} style={{ whiteSpace: 'pre-wrap' }}>
                {b.text}
              </Typography.Paragraph>
            );
        }
      })}
    </div>
  );
}

/** Paragraphs typed on a phone (an empty line between them) and captioned photos, as a write-up. */
export function toRichText(text: string, photos: { fileId: number; caption: string }[]): RichText {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return {
    blocks: [
      ...paragraphs.map((p) => ({ type: 'PARAGRAPH' as const, text: p })),
      ...photos.map((p) => ({ type: 'IMAGE' as const, fileId: p.fileId, caption: p.caption || undefined })),
    ],
  } as RichText;
}
