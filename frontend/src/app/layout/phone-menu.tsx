import { type MouseEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { preloadAntd } from '@/components/antd-scope';
import { useAuth } from '@/lib/auth-context';
import type { NavGroup } from '../routes';
import { type NavLink, useNavEntries } from './nav-entries';
import { PhoneLanguageSwitch } from './phone-language-switch';
import { UserInfo } from './user-info';

/**
 * The phone's menu: a sheet from the bottom, within reach of the thumb, that scrolls inside itself. Only
 * the group of the current page is open; the others fold, so the daily entries stay on the first screen.
 */
export function PhoneMenu({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const { entries, selected, currentGroup } = useNavEntries();
  const [openGroup, setOpenGroup] = useState<NavGroup | undefined>(currentGroup);
  const sheet = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Most entries lead to pages drawn with antd: fetch it while the user chooses.
    preloadAntd();
  }, []);

  useEffect(() => {
    sheet.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
      if (event.key !== 'Tab' || !sheet.current) return;
      // Focus stays in the sheet while it is open (aria-modal): Tab wraps around.
      const focusable = sheet.current.querySelectorAll<HTMLElement>('a[href], button');
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      const active = document.activeElement;
      if (event.shiftKey && (active === first || active === sheet.current)) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    // The page behind does not scroll while the sheet is open.
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    return () => {
      window.removeEventListener('keydown', onKey);
      document.body.style.overflow = overflow;
    };
  }, [onClose]);

  const link = ({ path, label }: NavLink) => (
    <li key={path}>
      <a
        href={path}
        className="ggw-nav-link"
        aria-current={path === selected ? 'page' : undefined}
        onClick={(event: MouseEvent) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          void navigate(path);
          onClose();
        }}
      >
        {label}
      </a>
    </li>
  );

  return (
    <div className="ggw-sheet-mask" onClick={onClose}>
      <div
        ref={sheet}
        className="ggw-sheet"
        role="dialog"
        aria-modal="true"
        aria-label={t('nav.menu')}
        tabIndex={-1}
        onClick={(event) => event.stopPropagation()}
      >
        <div className="ggw-sheet-head">
          <UserInfo />
          <button type="button" className="ggw-sheet-close" aria-label={t('nav.closeMenu')} onClick={onClose}>
            <span aria-hidden>×</span>
          </button>
        </div>
        <div className="ggw-sheet-body">
          <nav aria-label={t('nav.menu')}>
            <ul className="ggw-nav">
              {entries.map((entry) => {
                if (entry.kind === 'link') return link(entry);
                const open = openGroup === entry.group;
                return (
                  <li key={entry.group}>
                    <button
                      type="button"
                      className="ggw-nav-group"
                      aria-expanded={open}
                      aria-controls={`nav-group-${entry.group}`}
                      onClick={() => setOpenGroup(open ? undefined : entry.group)}
                    >
                      {entry.label}
                    </button>
                    {open && (
                      <ul id={`nav-group-${entry.group}`} className="ggw-nav ggw-nav-nested">
                        {entry.links.map(link)}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="ggw-sheet-foot">
            <PhoneLanguageSwitch />
            <button type="button" className="ggw-button ggw-button-block" onClick={auth.logout}>
              {t('header.logout')}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
