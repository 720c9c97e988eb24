import { Image, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { thumbnailUrl } from '../api/files';

/** A stored photo's thumbnail, fetched with the caller's token; the object URL is released on unmount. */
export function Photo({ fileId, alt }: { fileId: number; alt: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let url: string | undefined;
    let live = true;
    thumbnailUrl(fileId)
      .then((u) => {
        url = u;
        if (live) setSrc(u);
        else URL.revokeObjectURL(u);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [fileId]);
  if (!src) return <Skeleton.Image active style={{ width: 160, height: 120 }} />;
  return <Image src={src} alt={alt} style={{ maxWidth: '100%', maxHeight: 320 }} />;
}
