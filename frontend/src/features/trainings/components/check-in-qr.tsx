import { Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkInUrl } from '../lib/check-in-url';

/**
 * The session's check-in as a QR code, drawn in the browser. The qrcode library is imported only here, when a
 * running session's planner opens its page, so it never weighs on a phone's first load. The code inside expires
 * with the session, as the six digits do: the server refuses it once the session is over.
 */
export function CheckInQr({
  sessionId,
  code,
  size = 200,
}: {
  sessionId: number;
  code: string;
  size?: number;
}) {
  const { t } = useTranslation('trainings');
  const url = checkInUrl(window.location.origin, sessionId, code);
  const [image, setImage] = useState<{ url: string; src: string } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    import('qrcode')
      // SVG: drawn without a canvas, sharp on a projector at any size.
      .then((qr) => qr.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
      .then((svg) => {
        if (live) setImage({ url, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [url, size]);

  // Without the image the six digits above still work; the address is given as text for a second device.
  if (failed) return null;
  if (image?.url !== url) return <Skeleton.Node active style={{ width: size, height: size }} />;
  return (
    <figure style={{ margin: '8px auto 0' }}>
      <img
        src={image.src}
        width={size}
        height={size}
        alt={t('detail.qrAlt', { code })}
        data-testid="check-in-qr"
        data-url={url}
      />
      <figcaption>{t('detail.qrHint')}</figcaption>
    </figure>
  );
}
