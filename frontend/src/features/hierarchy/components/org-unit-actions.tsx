import {
  CheckCircleOutlined,
  DragOutlined,
  EditOutlined,
  PlusOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnitDetail } from '@/api/types';
import { problemText } from '@/lib/api-error';
import { useOrgUnitKinds } from '../api/get-org-unit-kinds';
import { useReactivateOrgUnit } from '../api/reactivate-org-unit';
import { CreateOrgUnitModal } from './create-org-unit-modal';
import { DeactivateOrgUnitModal } from './deactivate-org-unit-modal';
import { EditOrgUnitModal } from './edit-org-unit-modal';
import { MoveOrgUnitModal } from './move-org-unit-modal';

type Dialog = 'create' | 'edit' | 'move' | 'deactivate' | null;

/** What a tree manager can do to the unit shown. Only rendered for permissions.manageTree. */
export function OrgUnitActions({ unit, mobile }: { unit: OrgUnitDetail; mobile: boolean }) {
  const { t } = useTranslation(['hierarchy', 'common']);
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const kinds = useOrgUnitKinds();
  const reactivate = useReactivateOrgUnit();
  const allowedKinds = kinds.data?.find((rule) => rule.kind === unit.kind)?.allowedChildKinds ?? [];
  // The scope root has no parent to move away from.
  const movable = unit.breadcrumbs.length > 1;
  const size = mobile ? 'large' : 'middle';
  const close = () => setDialog(null);

  return (
    <>
      <Flex wrap gap={8}>
        {unit.active && allowedKinds.length > 0 && (
          <Button type="primary" size={size} icon={<PlusOutlined />} onClick={() => setDialog('create')}>
            {t('action.createChild')}
          </Button>
        )}
        <Button size={size} icon={<EditOutlined />} onClick={() => setDialog('edit')}>
          {t('action.edit')}
        </Button>
        {movable && (
          <Button size={size} icon={<DragOutlined />} onClick={() => setDialog('move')}>
            {t('action.move')}
          </Button>
        )}
        {unit.active && movable && (
          <Button size={size} danger icon={<StopOutlined />} onClick={() => setDialog('deactivate')}>
            {t('action.deactivate')}
          </Button>
        )}
        {!unit.active && (
          <Popconfirm
            title={t('reactivate.confirm', { name: unit.name })}
            okText={t('common:action.confirm')}
            cancelText={t('common:action.cancel')}
            onConfirm={() =>
              reactivate.mutateAsync(unit.id).then(
                () => void message.success(t('reactivate.success')),
                (e: unknown) => void message.error(problemText(e) ?? t('common:error.generic')),
              )
            }
          >
            <Button size={size} icon={<CheckCircleOutlined />} loading={reactivate.isPending}>
              {t('action.reactivate')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      {dialog === 'create' && (
        <CreateOrgUnitModal parent={unit} allowedKinds={allowedKinds} onClose={close} />
      )}
      {dialog === 'edit' && <EditOrgUnitModal unit={unit} onClose={close} />}
      {dialog === 'move' && <MoveOrgUnitModal unit={unit} onClose={close} />}
      {dialog === 'deactivate' && <DeactivateOrgUnitModal unit={unit} onClose={close} />}
    </>
  );
}
