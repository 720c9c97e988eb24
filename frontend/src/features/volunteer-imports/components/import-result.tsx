import { useQueryClient } from '@tanstack/react-query';
import { Card, Col, Flex, Result, Row, Statistic } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '@/components/link-button';
import type { VolunteerImport } from '../api/types';
import { DownloadRejectedButton } from './download-rejected-button';

const counts = ['created', 'updated', 'unchanged', 'skipped'] as const;

/** Step 5 (完成): what was written, and where to go next. */
export function ImportResult({ imp }: { imp: VolunteerImport }) {
  const { t } = useTranslation('volunteerImports');
  const result = imp.result!;
  const queryClient = useQueryClient();
  // The register changed: cached 五老 lists, details and counts are stale ('volunteers' keys).
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: ['volunteers'] });
  }, [queryClient, imp.id]);
  return (
    <Result
      status="success"
      title={t('result.title')}
      subTitle={t('result.subtitle', { file: imp.fileName })}
      style={{ padding: '16px 0' }}
      extra={
        <Flex gap={8} justify="center" wrap>
          <LinkButton type="primary" size="large" to="/volunteers">
            {t('result.toRegistry')}
          </LinkButton>
          <LinkButton size="large" to="/volunteers/imports/new">
            {t('result.another')}
          </LinkButton>
          {result.skipped > 0 && (imp.summary?.rejected ?? 0) > 0 && <DownloadRejectedButton id={imp.id} />}
        </Flex>
      }
    >
      <Row gutter={[8, 8]}>
        {counts.map((key) => (
          <Col key={key} xs={12} sm={6}>
            <Card size="small" data-testid={`result-${key}`}>
              <Statistic title={t(`result.${key}`)} value={result[key]} />
            </Card>
          </Col>
        ))}
      </Row>
    </Result>
  );
}
