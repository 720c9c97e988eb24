import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { problemText } from '@/lib/api-error';

/** 删除 with a confirmation; the server's reason shows when it refuses. */
export function DeleteButton({ title, onDelete }: { title: string; onDelete: () => Promise<unknown> }) {
  const { t } = useTranslation(['activities', 'common']);
  const { message } = App.useApp();
  return (
    <Popconfirm
      title={title}
      description={t('confirm.deleteHint')}
      okText={t('action.delete')}
      okButtonProps={{ danger: true }}
      cancelText={t('common:action.cancel')}
      onConfirm={async () => {
        try {
          await onDelete();
          void message.success(t('message.deleted'));
        } catch (e) {
          void message.error(problemText(e) ?? t('common:error.generic'));
        }
      }}
    >
      <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('action.delete')} />
    </Popconfirm>
  );
}
