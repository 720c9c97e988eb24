import { App, DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Committee } from '@/api/types';
import { FormModal } from '@/components/form-modal';
import { useSetCommitteeTerm } from '../api/set-committee-term';

interface Values {
  termStart: Dayjs;
  nextElectionDue: Dayjs;
}

/** 换届: when this term began and when the next election is due (five years by default). */
export function TermModal({ committee, onClose }: { committee: Committee; onClose: () => void }) {
  const { t } = useTranslation('committees');
  const { message } = App.useApp();
  const set = useSetCommitteeTerm();
  const start = committee.termStart ? dayjs(committee.termStart) : dayjs();
  return (
    <FormModal<Values>
      title={t('action.term')}
      fields={['termStart', 'nextElectionDue']}
      initialValues={{
        termStart: start,
        nextElectionDue: committee.nextElectionDue ? dayjs(committee.nextElectionDue) : start.add(5, 'year'),
      }}
      onClose={onClose}
      onSubmit={async ({ termStart, nextElectionDue }) => {
        await set.mutateAsync({
          unitId: committee.unit.id,
          body: {
            termStart: termStart.format('YYYY-MM-DD'),
            nextElectionDue: nextElectionDue.format('YYYY-MM-DD'),
            version: committee.version,
          },
        });
        void message.success(t('form.saved'));
      }}
    >
      <Form.Item name="termStart" label={t('card.termStart')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <Form.Item name="nextElectionDue" label={t('card.nextElection')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
    </FormModal>
  );
}
