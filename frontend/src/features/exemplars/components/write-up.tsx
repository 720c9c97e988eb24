import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RichText } from '../api/types';
import { Photo } from './photo';

/**
 * A write-up shown as plain text, block by block: nothing in it is ever read as HTML, so a
 * "<script>" typed in stays visible text.
 */
export function WriteUp({ body }: { body: RichText }) {
  const { t } = useTranslation('exemplars');
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
                {b.fileId ? <Photo fileId={b.fileId} alt={b.caption || t('writeUp.photo')} /> : null}
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
