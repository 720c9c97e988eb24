import { Col, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleDiff, RuleDiffRow } from '../api/types';
import { BlockText } from './rule-body';

const background: Record<RuleDiffRow['change'], string | undefined> = {
  SAME: undefined,
  CHANGED: '#fffbe6',
  ADDED: '#f6ffed',
  REMOVED: '#fff1f0',
};

/** Side by side, earlier version left; on a phone the two sides stack. */
export function DiffTable({ diff }: { diff: RuleDiff }) {
  const { t } = useTranslation('rules');
  return (
    <div aria-label={t('diff.title')} role="table">
      <Row gutter={8} style={{ fontWeight: 600, marginBottom: 8 }} role="row">
        <Col xs={12} role="columnheader">
          {t('diff.version', { number: diff.from.number, from: diff.from.effectiveFrom ?? '—' })}
        </Col>
        <Col xs={12} role="columnheader">
          {t('diff.version', { number: diff.to.number, from: diff.to.effectiveFrom ?? '—' })}
        </Col>
      </Row>
      <Typography.Paragraph type="secondary">
        {t('diff.counts', { changed: diff.changed, added: diff.added, removed: diff.removed })}
      </Typography.Paragraph>
      {diff.rows.map((row, i) => (
        <Row
          key={i}
          gutter={8}
          role="row"
          data-change={row.change}
          style={{ background: background[row.change], padding: '4px 0' }}
        >
          <Col xs={24} sm={12} role="cell">
            {row.before ? (
              <BlockText block={row.before} />
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            )}
          </Col>
          <Col xs={24} sm={12} role="cell">
            {row.change !== 'SAME' && <Tag>{t(`diff.change.${row.change}`)}</Tag>}
            {row.after ? (
              <BlockText block={row.after} />
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            )}
          </Col>
        </Row>
      ))}
    </div>
  );
}
