import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import type { OrgUnitRef } from '@/api/types';

/** From the caller's scope root down to the unit shown (the last crumb is not a link). */
export function OrgUnitBreadcrumbs({ crumbs }: { crumbs: OrgUnitRef[] }) {
  return (
    <Breadcrumb
      items={crumbs.map((crumb, i) => ({
        key: crumb.id,
        title: i === crumbs.length - 1 ? crumb.name : <Link to={`/org-units/${crumb.id}`}>{crumb.name}</Link>,
      }))}
    />
  );
}
