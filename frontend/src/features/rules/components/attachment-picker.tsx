import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Flex, List, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { type StoredFile, uploadFile } from '@/lib/upload-file';

interface Props {
  unitId: number;
  files: StoredFile[];
  onChange: (files: StoredFile[]) => void;
  onBusy: (busy: boolean) => void;
}

/**
 * Files to send with a bulletin: each is uploaded at once for the sender's unit (the server checks its content,
 * type and size and says why it refuses one), and claimed by the bulletin when it is sent.
 */
export function AttachmentPicker({ unitId, files, onChange, onBusy }: Props) {
  const { t } = useTranslation('rules');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function add(file: File) {
    setBusy(true);
    onBusy(true);
    setError(null);
    try {
      const stored = await uploadFile(file, unitId, 'ANY');
      onChange([...files, stored]);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      onBusy(false);
    }
  }

  return (
    <Flex vertical gap={8}>
      <ProblemAlert error={error} />
      {files.length > 0 && (
        <List
          size="small"
          aria-label={t('bulletins.attachments')}
          dataSource={files}
          renderItem={(f) => (
            <List.Item
              actions={[
                <Button key="remove" type="link" onClick={() => onChange(files.filter((x) => x.id !== f.id))}>
                  {t('bulletins.removeAttachment')}
                </Button>,
              ]}
            >
              <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                <PaperClipOutlined /> {f.name}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
      <Upload
        accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
        showUploadList={false}
        beforeUpload={(file) => {
          void add(file);
          return false;
        }}
      >
        <Button size="large" icon={<PaperClipOutlined />} loading={busy}>
          {t('bulletins.attach')}
        </Button>
      </Upload>
    </Flex>
  );
}
