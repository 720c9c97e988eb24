import { PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useIsMobile } from '@/hooks/use-is-mobile';
import {
  categoryName,
  useCategories,
  useCreateCategory,
  useDeleteCategory,
  useUpdateCategory,
} from '../api/categories';
import { subjectKinds, type CategoryDefinition, type SubjectKind } from '../api/types';

interface Values {
  code: string;
  nameZh: string;
  nameEn: string;
  subjectKinds: SubjectKind[];
  active: boolean;
}

/**
 * /exemplars/categories — 典型类别: the built-in categories and those the district adds (五好家庭, 帮教小组 …).
 * A category that exemplars or quotas carry is deactivated, not deleted.
 */
export function CategoriesRoute() {
  const { t, i18n } = useTranslation('exemplars');
  const mobile = useIsMobile();
  const english = i18n.language.startsWith('en');
  const register = useCategories(true);
  const create = useCreateCategory();
  const update = useUpdateCategory();
  const remove = useDeleteCategory();
  // undefined: closed; null: adding; a category: changing it.
  const [editing, setEditing] = useState<CategoryDefinition | null | undefined>(undefined);
  const [form] = Form.useForm<Values>();
  const saving = create.isPending || update.isPending;

  function open(c: CategoryDefinition | null) {
    create.reset();
    update.reset();
    setEditing(c);
  }

  function submit(v: Values) {
    const done = { onSuccess: () => setEditing(undefined) };
    if (editing) {
      update.mutate(
        {
          code: editing.code,
          body: {
            nameZh: v.nameZh,
            nameEn: v.nameEn,
            subjectKinds: v.subjectKinds,
            active: v.active,
            version: editing.version,
          },
        },
        done,
      );
    } else {
      create.mutate({ code: v.code, nameZh: v.nameZh, nameEn: v.nameEn, subjectKinds: v.subjectKinds }, done);
    }
  }

  const big = mobile ? { size: 'large' as const } : {};
  return (
    <Card
      title={t('categories.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open(null)} {...big}>
          {t('categories.add')}
        </Button>
      }
      styles={mobile ? { body: { padding: 12 } } : undefined}
    >
      <Typography.Paragraph type="secondary">{t('categories.hint')}</Typography.Paragraph>
      <ProblemAlert error={register.error ?? remove.error} />
      <List
        loading={register.isPending}
        dataSource={register.data ?? []}
        renderItem={(c) => (
          <List.Item key={c.code} data-testid={`category-${c.code}`}>
            <Flex vertical gap={6} style={{ width: '100%' }}>
              <Flex wrap gap={6} align="center">
                <Typography.Text strong>{categoryName(c, english)}</Typography.Text>
                {c.builtIn && <Tag>{t('categories.builtIn')}</Tag>}
                {!c.active && <Tag color="default">{t('categories.inactive')}</Tag>}
                {c.inUse && <Tag color="blue">{t('categories.inUse')}</Tag>}
              </Flex>
              <Flex wrap gap={4}>
                {c.subjectKinds.map((k) => (
                  <Tag key={k} color="geekblue">
                    {t(`subjectKind.${k}`)}
                  </Tag>
                ))}
              </Flex>
              {!c.builtIn && (
                <Flex wrap gap={8}>
                  <Button onClick={() => open(c)} {...big}>
                    {t('categories.edit')}
                  </Button>
                  {c.inUse ? (
                    <Typography.Text type="secondary">{t('categories.deactivateInstead')}</Typography.Text>
                  ) : (
                    <Popconfirm
                      title={t('categories.deleteConfirm', { name: categoryName(c, english) })}
                      onConfirm={() => remove.mutate(c.code)}
                    >
                      <Button danger loading={remove.isPending && remove.variables === c.code} {...big}>
                        {t('categories.delete')}
                      </Button>
                    </Popconfirm>
                  )}
                </Flex>
              )}
            </Flex>
          </List.Item>
        )}
      />
      <Modal
        title={editing ? t('categories.edit') : t('categories.add')}
        open={editing !== undefined}
        onCancel={() => setEditing(undefined)}
        onOk={() => form.submit()}
        okButtonProps={big}
        cancelButtonProps={big}
        confirmLoading={saving}
        width={mobile ? '100%' : 560}
        destroyOnHidden
      >
        <ProblemAlert error={create.error ?? update.error} />
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          preserve={false}
          initialValues={
            editing
              ? { ...editing, active: editing.active }
              : { code: '', nameZh: '', nameEn: '', subjectKinds: ['GROUP'], active: true }
          }
          {...big}
        >
          <Form.Item
            label={t('categories.code')}
            name="code"
            extra={editing ? undefined : t('categories.codeHint')}
            rules={[{ required: true, pattern: /^[A-Z][A-Z0-9_]{1,31}$/, message: t('categories.codeHint') }]}
            normalize={(v: string) => v.toUpperCase()}
          >
            <Input disabled={!!editing} maxLength={32} />
          </Form.Item>
          <Form.Item label={t('categories.nameZh')} name="nameZh" rules={[{ required: true, max: 50 }]}>
            <Input />
          </Form.Item>
          <Form.Item label={t('categories.nameEn')} name="nameEn" rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item
            label={t('categories.subjectKinds')}
            name="subjectKinds"
            rules={[{ required: true, type: 'array', min: 1 }]}
          >
            <Checkbox.Group options={subjectKinds.map((k) => ({ value: k, label: t(`subjectKind.${k}`) }))} />
          </Form.Item>
          {editing && (
            <Form.Item label={t('categories.active')} name="active" valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </Card>
  );
}
