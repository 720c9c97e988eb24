import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoDataTag } from './demo-data-tag';
import { PageOutlet } from './page-outlet';
import { PhoneMenu } from './phone-menu';

/**
 * The shell on a phone, in plain elements (styles.css): a header with the menu button and a menu that slides
 * up from the bottom. A page that needs antd loads it itself (router.tsx), the village home does not.
 */
export function PhoneLayout() {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeMenu = () => {
    setMenuOpen(false);
    menuButton.current?.focus();
  };

  return (
    <div className="ggw-phone">
      <header className="ggw-phone-header">
        <button
          ref={menuButton}
          type="button"
          className="ggw-menu-button"
          aria-label={t('nav.menu')}
          aria-expanded={menuOpen}
          onClick={() => setMenuOpen(true)}
        >
          <span className="ggw-burger" aria-hidden />
        </button>
        <span className="ggw-brand">{t('app.name')}</span>
        <DemoDataTag />
      </header>
      <main className="ggw-phone-content">
        <PageOutlet />
      </main>
      {menuOpen && <PhoneMenu onClose={closeMenu} />}
    </div>
  );
}
