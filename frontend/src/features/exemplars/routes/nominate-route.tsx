import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, InputNumber, Select, Skeleton, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { OrgUnitRef } from '@/api/types';
import { NoUnitResult } from '@/components/no-unit-result';
import { OrgUnitPicker } from '@/components/org-unit-picker';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryErrorResult } from '@/components/query-error-result';
import { useVolunteers } from '@/features/volunteers/api/get-volunteers';
import { useIsMobile } from '@/hooks/use-is-mobile';
import { useCurrentUser } from '@/lib/current-user';
import { useExemplar, useNominate, useQuotas, useUpdateExemplar } from '../api/exemplars';
import { uploadPhoto } from '../api/files';
import { categoryName, useCategories } from '../api/categories';
import type { Exemplar, ExemplarCategory } from '../api/types';
import { Photo } from '../components/photo';
import { fromRichText, toRichText } from '../components/write-up-text';

interface Values {
  unitId: number;
  category: ExemplarCategory;
  year: number;
  title: string;
  subjectName: string;
  volunteerId?: number;
  text: string;
}

/** /exemplars/new — nominate an exemplar from a phone: a few fields, the write-up, photos from the camera. */
export function NominateRoute() {
  const me = useCurrentUser();
  if (!me.unit) return <NoUnitResult />;
  return <NominateForm home={me.unit} />;
}

/** /exemplars/:id/edit — correct a write-up that was returned (or not yet reviewed). */
export function EditExemplarRoute() {
  const { id } = useParams();
  const query = useExemplar(Number(id) > 0 ? Number(id) : undefined);
  if (query.isError) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  return <NominateForm home={query.data.unit} existing={query.data} />;
}

function NominateForm({ home, existing }: { home: OrgUnitRef; existing?: Exemplar }) {
  const { t, i18n } = useTranslation('exemplars');
  const me = useCurrentUser();
  const mobile = useIsMobile();
  // Editing shows the exemplar's category even when the district has since deactivated it.
  const register = useCategories(!!existing);
  const navigate = useNavigate();
  const nominate = useNominate();
  const update = useUpdateExemplar(existing?.id ?? 0);
  const start = existing ? fromRichText(existing.body) : { text: '', photos: [] };
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch('unitId', form) ?? home.id;
  const category = Form.useWatch('category', form);
  const year = Form.useWatch('year', form) as number | undefined;
  const quotas = useQuotas(existing ? undefined : year);
  const quota = quotas.data?.find((q) => q.category === category);
  const [photos, setPhotos] = useState(start.photos);
  const [uploading, setUploading] = useState(0);
  const [uploadError, setUploadError] = useState<unknown>();
  const people = useVolunteers({ unitId }, 200);
  const kinds = register.data?.find((c) => c.code === category)?.subjectKinds ?? [];
  // A category about a person only (五老, executive vice-directors) names the person of the registry.
  const personRequired = kinds.length === 1 && kinds[0] === 'PERSON';
  const personAllowed = kinds.includes('PERSON');

  async function addPhoto(file: File) {
    setUploading((n) => n + 1);
    setUploadError(undefined);
    try {
      const fileId = await uploadPhoto(file, unitId);
      setPhotos((list) => [...list, { fileId, caption: '' }]);
    } catch (e) {
      setUploadError(e);
    } finally {
      setUploading((n) => n - 1);
    }
  }

  function submit(values: Values) {
    if (existing) {
      update.mutate(
        {
          title: values.title,
          subjectName: values.subjectName,
          volunteerId: existing.volunteerId ?? undefined,
          body: toRichText(values.text, photos),
          version: existing.version,
        },
        { onSuccess: () => void navigate(`/exemplars/${existing.id}`) },
      );
      return;
    }
    nominate.mutate(
      {
        unitId: values.unitId,
        category: values.category,
        year: values.year,
        title: values.title,
        subjectName: values.subjectName,
        volunteerId: personAllowed ? values.volunteerId : undefined,
        body: toRichText(values.text, photos),
      },
      { onSuccess: (created) => void navigate(`/exemplars/${created.id}`) },
    );
  }

  const big = mobile ? { size: 'large' as const } : {};
  return (
    <Card
      title={t('nominate.title')}
      styles={mobile ? { body: { padding: 12 } } : undefined}
      style={{ maxWidth: 720 }}
    >
      <ProblemAlert error={nominate.error ?? update.error ?? uploadError} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          existing
            ? {
                unitId: home.id,
                category: existing.category,
                year: existing.year,
                title: existing.title,
                subjectName: existing.subjectName,
                text: start.text,
              }
            : { unitId: home.id, year: new Date().getFullYear(), text: '' }
        }
        {...big}
      >
        {me.roles.includes('village-staff') || existing ? (
          <Form.Item label={t('field.unit')} name="unitId">
            <Select disabled options={[{ value: home.id, label: home.name }]} />
          </Form.Item>
        ) : (
          <Form.Item label={t('field.unit')} name="unitId" rules={[{ required: true }]}>
            <OrgUnitPicker current={home} />
          </Form.Item>
        )}
        <Form.Item
          label={t('field.category')}
          name="category"
          rules={[{ required: true }]}
          extra={
            quota
              ? t('nominate.quota', { used: quota.used, quota: quota.quota, year: quota.year })
              : undefined
          }
        >
          <Select
            disabled={!!existing}
            loading={register.isPending}
            options={(register.data ?? []).map((c) => ({
              value: c.code,
              label: categoryName(c, i18n.language.startsWith('en')),
            }))}
          />
        </Form.Item>
        <Form.Item label={t('field.year')} name="year" rules={[{ required: true }]}>
          <InputNumber disabled={!!existing} min={1990} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        {personAllowed && !existing && (
          <Form.Item
            label={t('field.person')}
            name="volunteerId"
            rules={[{ required: personRequired, message: t('nominate.pickPerson') }]}
          >
            <Select
              allowClear={!personRequired}
              showSearch
              optionFilterProp="label"
              loading={people.isPending}
              options={(people.data?.pages.flatMap((p) => p.items) ?? []).map((v) => ({
                value: v.id,
                label: v.name,
              }))}
              onChange={(_, option) => {
                const label = (option as { label?: string } | undefined)?.label;
                if (label && !form.getFieldValue('subjectName')) form.setFieldValue('subjectName', label);
              }}
            />
          </Form.Item>
        )}
        <Form.Item label={t('field.subjectName')} name="subjectName" rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('field.title')} name="title" rules={[{ required: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          label={t('field.text')}
          name="text"
          extra={t('field.textHelp')}
          rules={[{ required: true }]}
        >
          <Input.TextArea autoSize={{ minRows: 6 }} maxLength={10000} />
        </Form.Item>
        <Form.Item label={t('field.photos')}>
          <Flex vertical gap={12}>
            {photos.map((p, i) => (
              <Flex key={p.fileId} vertical gap={4}>
                <Photo fileId={p.fileId} alt={p.caption} />
                <Flex gap={8}>
                  <Input
                    aria-label={t('field.caption')}
                    placeholder={t('field.caption')}
                    maxLength={200}
                    value={p.caption}
                    onChange={(e) =>
                      setPhotos((list) =>
                        list.map((x, j) => (j === i ? { ...x, caption: e.target.value } : x)),
                      )
                    }
                  />
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => setPhotos((list) => list.filter((_, j) => j !== i))}
                  />
                </Flex>
              </Flex>
            ))}
            <Upload
              accept="image/jpeg,image/png"
              capture="environment"
              showUploadList={false}
              multiple
              beforeUpload={(file) => {
                void addPhoto(file);
                return false;
              }}
            >
              <Button icon={<CameraOutlined />} loading={uploading > 0} block={mobile}>
                {uploading > 0 ? t('nominate.uploading') : t('nominate.addPhoto')}
              </Button>
            </Upload>
          </Flex>
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={nominate.isPending || update.isPending}
          disabled={uploading > 0}
          style={mobile ? { height: 56, fontSize: 18 } : undefined}
        >
          {existing ? t('nominate.save') : t('nominate.submit')}
        </Button>
      </Form>
    </Card>
  );
}
