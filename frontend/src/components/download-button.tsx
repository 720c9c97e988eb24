import { App, Button } from 'antd';
import type { ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '@/lib/api-error';

interface Props extends Omit<ButtonProps, 'onClick' | 'loading'> {
  /** Fetches the file with the bearer header and saves it (e.g. a function built on lib/download). */
  save: () => Promise<unknown>;
}

/** A button that downloads a generated document, spinning meanwhile and saying why when the server refuses. */
export function DownloadButton({ save, children, ...rest }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function click() {
    setBusy(true);
    try {
      await save();
    } catch (e) {
      void message.error(problemText(e) ?? t('error.generic'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button {...rest} loading={busy} onClick={() => void click()}>
      {children}
    </Button>
  );
}
