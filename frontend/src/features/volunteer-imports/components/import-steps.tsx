import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '@/hooks/use-is-mobile';

export type WizardStep = 0 | 1 | 2 | 3 | 4;

/** 上传文件 → 核对列 → 预检 → 确认导入 → 完成; compact on a phone so the page never scrolls sideways. */
export function ImportSteps({ current, failed }: { current: WizardStep; failed?: boolean }) {
  const { t } = useTranslation('volunteerImports');
  const mobile = useIsMobile();
  const keys = ['upload', 'mapping', 'check', 'commit', 'done'] as const;
  return (
    // Scrolls inside itself if a language's titles are too wide for a phone.
    <div style={{ overflowX: 'auto', marginBottom: 24 }}>
      <Steps
        current={current}
        status={failed ? 'error' : current === 4 ? 'finish' : 'process'}
        size="small"
        type={mobile ? 'dot' : 'default'}
        responsive={false}
        titlePlacement={mobile ? 'vertical' : undefined}
        items={keys.map((key) => ({ title: t(`steps.${key}`) }))}
      />
    </div>
  );
}
