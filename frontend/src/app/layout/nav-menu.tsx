import { Menu, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { navGroupIcons, navIcons } from './nav-icons';
import { useNavEntries } from './nav-entries';

type Item = NonNullable<MenuProps['items']>[number];

/** The desktop side menu: the menu items the signed-in user may open. */
export function NavMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { entries, selected } = useNavEntries();

  const items: Item[] = entries.map((entry) =>
    entry.kind === 'link'
      ? { key: entry.path, icon: navIcons[entry.key], label: entry.label }
      : {
          key: `group:${entry.group}`,
          icon: navGroupIcons[entry.group],
          label: entry.label,
          children: entry.links.map((link) => ({
            key: link.path,
            icon: navIcons[link.key],
            label: link.label,
          })),
        },
  );

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      // Groups start open on a desk: their pages are daily work, one click away.
      defaultOpenKeys={entries.flatMap((entry) => (entry.kind === 'group' ? [`group:${entry.group}`] : []))}
      aria-label={t('nav.menu')}
      onClick={({ key }) => void navigate(key)}
      style={{ borderInlineEnd: 0 }}
    />
  );
}
