import { App, Button, Card, Empty, Flex, Input, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryErrorResult } from '@/components/query-error-result';
import { useCheckIn } from '../api/check-in';
import { useInvitations } from '../api/get-invitations';
import type { TrainingInvitation } from '../api/types';
import { AttendanceTag, SessionStateTag, useTypeName } from '../components/tags';

/**
 * 培训签到 on a phone: the sessions the caller's own people are in, and a check-in with the six digits shown
 * at the session (its QR code opens this page with ?session=…&code=…, that session's people first).
 */
export function CheckInRoute() {
  const { t } = useTranslation('trainings');
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const invitations = useInvitations();
  const checkIn = useCheckIn();
  const typeName = useTypeName();

  if (invitations.isPending) return <Card loading />;
  if (invitations.error)
    return <QueryErrorResult error={invitations.error} onRetry={() => void invitations.refetch()} />;
  // A scanned QR code names its session: that session's people come first.
  const sessionId = Number(params.get('session'));
  const items = [...invitations.data].sort(
    (a, b) => Number(b.sessionId === sessionId) - Number(a.sessionId === sessionId),
  );
  const validCode = /^\d{6}$/.test(code.trim());

  const submit = (inv: TrainingInvitation) =>
    checkIn.mutate(
      { code: code.trim(), volunteerId: inv.trainee.volunteerId },
      { onSuccess: (tr) => void message.success(t('checkIn.done', { name: tr.name })) },
    );

  return (
    <Card title={t('checkIn.title')} styles={{ body: { padding: 12 } }}>
      <Flex vertical gap={12}>
        <Input
          aria-label={t('checkIn.code')}
          placeholder={t('checkIn.codePlaceholder')}
          inputMode="numeric"
          maxLength={6}
          size="large"
          value={code}
          onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
          style={{ fontSize: 24, letterSpacing: 6, textAlign: 'center' }}
        />
        <ProblemAlert error={checkIn.error} />
        <Typography.Text strong>{t('checkIn.myPeople')}</Typography.Text>
        {items.length === 0 ? (
          <Empty description={t('checkIn.none')} />
        ) : (
          <List
            aria-label={t('checkIn.myPeople')}
            dataSource={items}
            renderItem={(inv) => (
              <List.Item aria-label={`${inv.trainee.name} ${inv.sessionTitle}`}>
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Flex justify="space-between" align="center">
                    <Typography.Text strong>{inv.trainee.name}</Typography.Text>
                    <AttendanceTag status={inv.trainee.status} />
                  </Flex>
                  <Typography.Text>
                    {inv.sessionTitle}
                    {inv.sessionId === sessionId ? ` · ${t('checkIn.thisSession')}` : ''}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {typeName(inv.type)} · {inv.organiser.name} ·{' '}
                    {inv.startsOn === inv.endsOn
                      ? inv.startsOn
                      : t('dates', { from: inv.startsOn, to: inv.endsOn })}
                    {inv.place ? ` · ${inv.place}` : ''}
                  </Typography.Text>
                  <Flex justify="space-between" align="center">
                    <SessionStateTag session={{ status: inv.sessionStatus, phase: inv.phase }} />
                    {inv.phase === 'ONGOING' &&
                      inv.trainee.status !== 'ATTENDED' &&
                      inv.trainee.status !== 'MADE_UP' && (
                        <Button
                          type="primary"
                          size="large"
                          disabled={!validCode}
                          loading={
                            checkIn.isPending && checkIn.variables?.volunteerId === inv.trainee.volunteerId
                          }
                          onClick={() => submit(inv)}
                          aria-label={`${t('checkIn.button')} ${inv.trainee.name}`}
                        >
                          {t('checkIn.button')}
                        </Button>
                      )}
                  </Flex>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Flex>
    </Card>
  );
}
