import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitId, OrgUnitKind, OrgUnitRef } from '@/api/types';
import { OrgUnitPicker } from '@/components/org-unit-picker';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api-error';
import { useCurrentUser } from '@/lib/current-user';
import { useMapImport } from '../api/map-import';
import type { ImportColumn, ImportField, ImportMapping, VolunteerImport } from '../api/types';
import { asImportField, importFields, requiredFields } from './fields';
import { SheetPicker } from './sheet-picker';

/** A volunteer's home is a village, a community or a district department. */
const homeKinds: readonly OrgUnitKind[] = ['VILLAGE', 'COMMUNITY', 'DEPARTMENT'];

type Fields = Record<number, ImportField | undefined>;

interface Errors {
  /** By column index. */
  rows: Record<number, string>;
  columns?: string;
  defaultUnit?: string;
}

const noErrors: Errors = { rows: {} };

function initialFields(imp: VolunteerImport): Fields {
  const fresh = imp.status === 'MAPPING';
  return Object.fromEntries(
    imp.columns.map((c) => [
      c.index,
      asImportField(c.field) ?? (fresh ? asImportField(c.suggested) : undefined),
    ]),
  );
}

/**
 * The server names a field of the body: `columns[i].field` is the i-th mapping sent, which this
 * form knows by column index; `columns` and `defaultUnitId` are the table and the unit picker.
 */
function serverErrors(error: unknown, sent: ImportMapping): Errors | undefined {
  if (!isApiError(error, 400) && !isApiError(error, 409)) return undefined;
  const found: Errors = { rows: {} };
  let any = false;
  for (const { field, message } of error.problem.errors ?? []) {
    const row = /^columns\[(\d+)\]/.exec(field ?? '');
    if (row) {
      const column = sent.columns[Number(row[1])];
      if (column) found.rows[column.index] = message;
      else found.columns = message;
    } else if (field === 'columns') found.columns = message;
    else if (field === 'defaultUnitId') found.defaultUnit = message;
    else continue;
    any = true;
  }
  return any ? found : undefined;
}

/** Step 2 (核对列): what each column of the file holds; recognised headers come pre-selected. */
export function MappingStep({ imp, onDiscard }: { imp: VolunteerImport; onDiscard?: () => void }) {
  const { t } = useTranslation('volunteerImports');
  const me = useCurrentUser();
  const map = useMapImport();
  const [fields, setFields] = useState<Fields>(() => initialFields(imp));
  const ownUnit: OrgUnitRef | undefined = me.unit && homeKinds.includes(me.unit.kind) ? me.unit : undefined;
  const [defaultUnitId, setDefaultUnitId] = useState<OrgUnitId | undefined>(
    imp.defaultUnit?.id ?? ownUnit?.id,
  );
  const [errors, setErrors] = useState<Errors>(noErrors);
  const [error, setError] = useState<unknown>(null);

  const hasUnitColumn = Object.values(fields).includes('UNIT');
  const fieldLabel = (field: ImportField) => t(`field.${field}`);

  function check(): Errors {
    const found: Errors = { rows: {} };
    const seen = new Set<ImportField>();
    for (const column of imp.columns) {
      const field = fields[column.index];
      if (!field) continue;
      if (seen.has(field)) found.rows[column.index] = t('mapping.twice', { field: fieldLabel(field) });
      seen.add(field);
    }
    const missing = requiredFields.filter((field) => !seen.has(field));
    if (missing.length)
      found.columns = missing.map((field) => t('mapping.required', { field: fieldLabel(field) })).join(' ');
    if (!seen.has('UNIT') && defaultUnitId === undefined)
      found.defaultUnit = t('mapping.defaultUnitRequired');
    return found;
  }

  function submit() {
    setError(null);
    const found = check();
    setErrors(found);
    if (Object.keys(found.rows).length || found.columns || found.defaultUnit) return;
    const body: ImportMapping = {
      columns: imp.columns
        .filter((c) => fields[c.index])
        .map((c) => ({ index: c.index, field: fields[c.index]! })),
      ...(hasUnitColumn ? {} : { defaultUnitId }),
      version: imp.version,
    };
    map.mutate(
      { id: imp.id, body },
      {
        onError: (e) => {
          const placed = serverErrors(e, body);
          if (placed) setErrors(placed);
          else setError(e);
        },
      },
    );
  }

  function change(index: number, value: ImportField | '') {
    setFields((current) => ({ ...current, [index]: value || undefined }));
    setErrors((current) => {
      const rows = { ...current.rows };
      delete rows[index];
      return { ...current, rows, columns: undefined };
    });
  }

  const options = [
    { value: '', label: t('mapping.ignore') },
    ...importFields.map((field) => ({ value: field, label: fieldLabel(field) })),
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {t('mapping.intro', { file: imp.fileName, row: imp.headerRow })}
      </Typography.Paragraph>
      {/* Every worksheet with its rows: a second sheet of people is never passed over unseen. */}
      {imp.sheets.length > 1 && <SheetPicker imp={imp} />}
      <ProblemAlert error={error} />
      {errors.columns && <Alert type="error" showIcon title={errors.columns} role="alert" />}
      <Table<ImportColumn>
        rowKey="index"
        size="small"
        pagination={false}
        dataSource={imp.columns}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('mapping.letter'), dataIndex: 'letter', width: 48 },
          {
            title: t('mapping.header'),
            dataIndex: 'header',
            render: (header: string, column) => (
              <Flex vertical gap={2}>
                <Typography.Text>{header}</Typography.Text>
                {asImportField(column.suggested) && fields[column.index] === column.suggested && (
                  <span>
                    <Tag icon={<CheckCircleOutlined />} color="success" variant="filled">
                      {t('mapping.recognised')}
                    </Tag>
                  </span>
                )}
              </Flex>
            ),
          },
          {
            title: t('mapping.field'),
            key: 'field',
            render: (_, column) => (
              <Form.Item
                style={{ marginBottom: 0 }}
                validateStatus={errors.rows[column.index] ? 'error' : undefined}
                help={errors.rows[column.index]}
              >
                <Select<ImportField | ''>
                  aria-label={t('mapping.selectLabel', { letter: column.letter, header: column.header })}
                  data-testid={`column-${column.letter}`}
                  value={fields[column.index] ?? ''}
                  options={options}
                  onChange={(value) => change(column.index, value)}
                  virtual={false}
                  style={{ width: 150 }}
                />
              </Form.Item>
            ),
          },
        ]}
      />
      {!hasUnitColumn && (
        <Form layout="vertical">
          <Form.Item
            label={t('mapping.defaultUnit')}
            htmlFor="import-default-unit"
            extra={t('mapping.defaultUnitHint')}
            validateStatus={errors.defaultUnit ? 'error' : undefined}
            help={errors.defaultUnit}
            style={{ marginBottom: 0 }}
          >
            <OrgUnitPicker
              id="import-default-unit"
              value={defaultUnitId}
              current={imp.defaultUnit ?? ownUnit}
              disabled={(unit) => !homeKinds.includes(unit.kind)}
              onChange={(value) => {
                setDefaultUnitId(value);
                setErrors((current) => ({ ...current, defaultUnit: undefined }));
              }}
            />
          </Form.Item>
        </Form>
      )}
      <Flex gap={8} justify="flex-end" wrap>
        {onDiscard && <Button onClick={onDiscard}>{t('mapping.discard')}</Button>}
        <Button type="primary" size="large" loading={map.isPending} onClick={submit}>
          {t('mapping.submit')}
        </Button>
      </Flex>
    </Flex>
  );
}
