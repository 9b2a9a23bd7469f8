import { useEffect, useState } from 'react';
import { qrSvgDataUrl } from './qr';

/** The QR code of `text`, drawn once it is ready; the text itself stays on the page beside it. */
export function QrCode({ text, alt }: { text: string; alt: string }) {
  const [image, setImage] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    let live = true;
    void qrSvgDataUrl(text).then((url) => live && setImage({ text, url }));
    return () => {
      live = false;
    };
  }, [text]);
  return image?.text === text ? <img className="qr" src={image.url} alt={alt} width={220} height={220} data-testid="wall-qr" /> : <div className="qr" />;
}
