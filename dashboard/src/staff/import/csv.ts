/**
 * An import file in the browser: its text as the server reads it (UTF-8, else GBK, as Excel
 * writes on a Chinese system) and its bytes as the mutations take them. Its records:
 * csv-records.ts.
 */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'GBK' } | null {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    // Excel's plain "CSV" on a Chinese system.
  }
  try {
    return { text: new TextDecoder('gbk', { fatal: true }).decode(body), encoding: 'GBK' };
  } catch {
    return null;
  }
}

/** The file's bytes as base64, as the import mutations take them (in chunks: files reach 5 MB). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
