import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RichTextBlock } from '../api/types';

const editableTypes = ['CLAUSE', 'PARAGRAPH', 'HEADING', 'LIST_ITEM'] as const;

/** The body of a version as a form list: one card per block, stacked (it fits a phone as it fits a desk). */
export function ClauseEditor({ name }: { name: string }) {
  const { t } = useTranslation('rules');
  const form = Form.useFormInstance();
  return (
    <Form.List name={name}>
      {(items, { add, remove, move }) => (
        <Flex vertical gap={8}>
          {items.map((item, i) => {
            const type = form.getFieldValue([name, item.name, 'type']) as RichTextBlock['type'];
            return (
              <Card
                key={item.key}
                size="small"
                role="group"
                aria-label={t('editor.block', { n: i + 1 })}
                styles={{ body: { padding: 8 } }}
              >
                <Flex gap={8} wrap align="start">
                  <Form.Item name={[item.name, 'type']} noStyle>
                    {type === 'IMAGE' ? (
                      <Typography.Text type="secondary">{t('editor.type.IMAGE')}</Typography.Text>
                    ) : (
                      <Select
                        aria-label={t('editor.blockType', { n: i + 1 })}
                        style={{ width: 112 }}
                        options={editableTypes.map((v) => ({ value: v, label: t(`editor.type.${v}`) }))}
                      />
                    )}
                  </Form.Item>
                  <Form.Item noStyle dependencies={[[name, item.name, 'type']]}>
                    {() =>
                      form.getFieldValue([name, item.name, 'type']) === 'CLAUSE' && (
                        <Form.Item name={[item.name, 'number']} noStyle>
                          <Input
                            aria-label={t('editor.number', { n: i + 1 })}
                            placeholder={t('editor.numberHint')}
                            style={{ width: 96 }}
                          />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                  <Flex gap={4} style={{ marginLeft: 'auto' }}>
                    <Button
                      size="small"
                      icon={<ArrowUpOutlined />}
                      aria-label={t('editor.up', { n: i + 1 })}
                      disabled={i === 0}
                      onClick={() => move(i, i - 1)}
                    />
                    <Button
                      size="small"
                      icon={<ArrowDownOutlined />}
                      aria-label={t('editor.down', { n: i + 1 })}
                      disabled={i === items.length - 1}
                      onClick={() => move(i, i + 1)}
                    />
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('editor.remove', { n: i + 1 })}
                      onClick={() => remove(item.name)}
                    />
                  </Flex>
                </Flex>
                <Form.Item
                  name={[item.name, type === 'IMAGE' ? 'caption' : 'text']}
                  style={{ margin: '8px 0 0' }}
                  rules={
                    type === 'IMAGE'
                      ? []
                      : [{ required: true, whitespace: true, message: t('editor.textRequired') }]
                  }
                >
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 8 }}
                    aria-label={t('editor.blockText', { n: i + 1 })}
                  />
                </Form.Item>
              </Card>
            );
          })}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ type: 'CLAUSE', number: '', text: '' })}
          >
            {t('editor.addClause')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** What the API takes for a block: only the fields of its type (the rest null). */
export function blockOf(b: RichTextBlock): RichTextBlock {
  const base: RichTextBlock = {
    type: b.type,
    level: null,
    number: null,
    ordered: null,
    text: null,
    fileId: null,
    caption: null,
  };
  switch (b.type) {
    case 'HEADING':
      return { ...base, level: b.level ?? 1, text: b.text ?? '' };
    case 'CLAUSE':
      return { ...base, number: b.number?.trim() || null, text: b.text ?? '' };
    case 'LIST_ITEM':
      return { ...base, ordered: b.ordered ?? false, text: b.text ?? '' };
    case 'IMAGE':
      return { ...base, fileId: b.fileId ?? null, caption: b.caption ?? null };
    default:
      return { ...base, text: b.text ?? '' };
  }
}
