import { App, Button, Card, Descriptions, Flex, Input, Modal, Popconfirm, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { LinkButton } from '@/components/link-button';
import { NotFoundResult } from '@/components/not-found-result';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryErrorResult } from '@/components/query-error-result';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { problemText } from '@/lib/api-error';
import { useTrainees, useTraining } from '../api/get-training';
import { useCancelTraining, useDeleteTraining, usePublishTraining } from '../api/session-actions';
import { AudienceTable } from '../components/audience-table';
import { CheckInQr } from '../components/check-in-qr';
import { MaterialLink } from '../components/material-link';
import { RefreshAudienceButton } from '../components/refresh-audience-button';
import { SessionDownloads } from '../components/session-downloads';
import { SessionStateTag, useTypeName } from '../components/tags';

/** One session: what it is, its check-in code while it runs, and its audience with attendance. */
export function SessionRoute() {
  const { id: raw } = useParams();
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundResult />;
  return <SessionPage id={id} />;
}

function SessionPage({ id }: { id: number }) {
  const { t } = useTranslation('trainings');
  const mobile = useIsMobile();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const session = useTraining(id);
  const published = session.data?.summary.status !== 'DRAFT';
  const trainees = useTrainees(id, session.isSuccess && published);
  const typeName = useTypeName();
  const publish = usePublishTraining();
  const cancel = useCancelTraining();
  const remove = useDeleteTraining();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');

  if (session.isPending) return <Card loading />;
  if (session.error) return <QueryErrorResult error={session.error} onRetry={() => void session.refetch()} />;
  const d = session.data;
  const s = d.summary;
  const today = dayjs().format('YYYY-MM-DD');
  const open = s.status === 'PUBLISHED';

  return (
    <Flex vertical gap={16}>
      <Card
        title={
          <Flex gap={8} align="center" wrap>
            <span>{s.title}</span>
            <SessionStateTag session={s} />
          </Flex>
        }
        styles={mobile ? { body: { padding: 12 } } : undefined}
      >
        <ProblemAlert error={publish.error ?? cancel.error ?? remove.error} />
        <Descriptions column={mobile ? 1 : 2} size="small">
          <Descriptions.Item label={t('list.columns.type')}>{typeName(s.type)}</Descriptions.Item>
          <Descriptions.Item label={t('list.columns.organiser')}>{s.organiser.name}</Descriptions.Item>
          <Descriptions.Item label={t('list.columns.dates')}>
            {s.startsOn === s.endsOn ? s.startsOn : t('dates', { from: s.startsOn, to: s.endsOn })}
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.place')}>
            {s.place ?? '—'} · {t(`mode.${s.mode}`)}
            {d.areas.length > 0 ? `（${d.areas.join('、')}）` : ''}
          </Descriptions.Item>
          {d.teachers.length > 0 && (
            <Descriptions.Item label={t('detail.teachers')}>{d.teachers.join('、')}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('list.columns.attendance')}>
            {t('counts', { trained: s.trained, required: s.required })}
            {s.extras > 0 ? ` · ${t('extras', { count: s.extras })}` : ''}
          </Descriptions.Item>
          {d.cancelReason && (
            <Descriptions.Item label={t('detail.cancelReason')}>{d.cancelReason}</Descriptions.Item>
          )}
        </Descriptions>
        {d.syllabus.length > 0 && (
          <>
            <Typography.Title level={5}>{t('detail.syllabus')}</Typography.Title>
            <ol aria-label={t('detail.syllabus')}>
              {d.syllabus.map((item, i) => (
                <li key={i}>
                  {item.title}
                  {item.notes ? <Typography.Text type="secondary">（{item.notes}）</Typography.Text> : null}
                </li>
              ))}
            </ol>
          </>
        )}
        {d.materials.length > 0 && (
          <>
            <Typography.Title level={5}>{t('detail.materials')}</Typography.Title>
            <ul>
              {d.materials.map((f) => (
                <li key={f.id}>
                  <MaterialLink file={f} />
                </li>
              ))}
            </ul>
          </>
        )}
        {d.checkInCode && (
          <Card size="small" style={{ textAlign: 'center', marginBottom: 12 }}>
            <Typography.Text type="secondary">{t('detail.code')}</Typography.Text>
            <div data-testid="check-in-code" style={{ fontSize: 40, letterSpacing: 8, fontWeight: 600 }}>
              {d.checkInCode}
            </div>
            <Typography.Text type="secondary">{t('detail.codeHint')}</Typography.Text>
            {s.phase === 'ONGOING' && <CheckInQr sessionId={id} code={d.checkInCode} />}
          </Card>
        )}
        {d.permissions.edit && (
          <Flex gap={8} wrap>
            {s.status === 'DRAFT' && (
              <>
                <Button
                  type="primary"
                  loading={publish.isPending}
                  onClick={() => publish.mutate({ id, version: d.version })}
                >
                  {t('detail.publish')}
                </Button>
                <Typography.Text type="secondary">{t('detail.publishHint')}</Typography.Text>
              </>
            )}
            <LinkButton to={`/trainings/${id}/edit`}>{t('edit.open')}</LinkButton>
            {open && s.phase !== 'FINISHED' && <RefreshAudienceButton sessionId={id} />}
            <Button danger onClick={() => setCancelling(true)}>
              {t('detail.cancel')}
            </Button>
            {s.trained === 0 && s.extras === 0 && (
              <Popconfirm
                title={t('detail.delete')}
                onConfirm={() =>
                  remove.mutate(id, {
                    onSuccess: () => void navigate('/trainings'),
                    onError: (e) => void message.error(problemText(e) ?? t('detail.delete')),
                  })
                }
              >
                <Button danger type="text">
                  {t('detail.delete')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        )}
      </Card>
      <Card
        title={t('detail.audience')}
        extra={published && s.status !== 'CANCELLED' ? <SessionDownloads sessionId={id} /> : undefined}
        styles={mobile ? { body: { padding: 12 } } : undefined}
      >
        {!published ? (
          <Typography.Text type="secondary">{t('detail.noAudience')}</Typography.Text>
        ) : trainees.error ? (
          <ProblemAlert error={trainees.error} />
        ) : (
          <AudienceTable
            trainees={trainees.data ?? []}
            editable={open && d.permissions.recordAttendance}
            today={today}
            startsOn={s.startsOn}
          />
        )}
      </Card>
      <Modal
        open={cancelling}
        title={t('detail.cancel')}
        onCancel={() => setCancelling(false)}
        okButtonProps={{ disabled: !reason.trim(), loading: cancel.isPending }}
        onOk={() =>
          cancel.mutate({ id, reason, version: d.version }, { onSuccess: () => setCancelling(false) })
        }
      >
        <Input.TextArea
          aria-label={t('detail.cancelReason')}
          placeholder={t('detail.cancelReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Flex>
  );
}
