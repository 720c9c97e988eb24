import { App, Button, Flex, Input, List, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '@/lib/api-error';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useRecordAttendance } from '../api/record-attendance';
import type { AttendanceStatus, Trainee } from '../api/types';
import { AttendanceTag } from './tags';

interface Props {
  trainees: Trainee[];
  /** Attendance can be recorded (published, not cancelled, and the caller may). */
  editable: boolean;
  today: string;
  startsOn: string;
}

/** The frozen audience with attendance: one tap to record attended, leave (with a reason), absent or made up. */
export function AudienceTable({ trainees, editable, today, startsOn }: Props) {
  const { t } = useTranslation('trainings');
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const record = useRecordAttendance();
  const [reasonFor, setReasonFor] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const started = today >= startsOn;

  const save = (trainee: Trainee, status: AttendanceStatus, why?: string) =>
    record.mutate(
      {
        traineeId: trainee.id,
        body: {
          status,
          reason: why,
          attendedOn: status === 'MADE_UP' ? today : undefined,
          version: trainee.version,
        },
      },
      {
        onSuccess: () => setReasonFor(null),
        onError: (error) => void message.error(problemText(error) ?? t('detail.statusCol')),
      },
    );

  const actions = (r: Trainee) => {
    if (!editable || r.status === 'ATTENDED' || r.status === 'MADE_UP') return null;
    if (reasonFor === r.id)
      return (
        <Space.Compact>
          <Input
            aria-label={t('detail.reason')}
            placeholder={t('detail.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button type="primary" onClick={() => save(r, 'LEAVE', reason)} loading={record.isPending}>
            {t('detail.leave')}
          </Button>
        </Space.Compact>
      );
    return (
      <Space wrap size={4}>
        {started && r.status !== 'LEAVE' && r.status !== 'ABSENT' && (
          <Button
            size="small"
            type="primary"
            onClick={() => save(r, 'ATTENDED')}
            aria-label={`${t('detail.attend')} ${r.name}`}
          >
            {t('detail.attend')}
          </Button>
        )}
        {r.required && r.status === 'EXPECTED' && (
          <Button
            size="small"
            onClick={() => {
              setReason('');
              setReasonFor(r.id);
            }}
            aria-label={`${t('detail.leave')} ${r.name}`}
          >
            {t('detail.leave')}
          </Button>
        )}
        {started && r.status === 'EXPECTED' && (
          <Button
            size="small"
            danger
            onClick={() => save(r, 'ABSENT')}
            aria-label={`${t('detail.absent')} ${r.name}`}
          >
            {t('detail.absent')}
          </Button>
        )}
        {(r.status === 'LEAVE' || r.status === 'ABSENT') && (
          <Button
            size="small"
            onClick={() => save(r, 'MADE_UP')}
            aria-label={`${t('detail.makeUp')} ${r.name}`}
          >
            {t('detail.makeUp')}
          </Button>
        )}
      </Space>
    );
  };

  const roleText = (r: Trainee) => (r.seatRole ? t(`role.${r.seatRole}`) : t(`source.${r.source}`));

  return (
    <>
      {mobile ? (
        <List
          aria-label={t('detail.audience')}
          dataSource={trainees}
          renderItem={(r) => (
            <List.Item aria-label={r.name}>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex justify="space-between" align="center">
                  <Typography.Text strong>{r.name}</Typography.Text>
                  <AttendanceTag status={r.status} />
                </Flex>
                <Typography.Text type="secondary">
                  {r.unit.name} · {roleText(r)}
                  {r.reason ? ` · ${r.reason}` : ''}
                </Typography.Text>
                {actions(r)}
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Table<Trainee>
          aria-label={t('detail.audience')}
          rowKey="id"
          size="small"
          dataSource={trainees}
          pagination={trainees.length > 50 ? { pageSize: 50 } : false}
          columns={[
            { title: t('detail.name'), dataIndex: 'name' },
            { title: t('detail.unit'), render: (_, r) => r.unit.name },
            { title: t('detail.role'), render: (_, r) => roleText(r) },
            {
              title: t('detail.statusCol'),
              render: (_, r) => (
                <Space size={4}>
                  <AttendanceTag status={r.status} />
                  {r.reason && <Typography.Text type="secondary">{r.reason}</Typography.Text>}
                </Space>
              ),
            },
            { title: '', render: (_, r) => actions(r) },
          ]}
        />
      )}
    </>
  );
}
