import { BadUserInputError } from '../common/errors.js';

/** Largest CSV file accepted: 5 MB, far above 5,000 rows of institutions. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

export type CsvEncoding = 'UTF-8' | 'GBK';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

const MAX_MB = MAX_CSV_BYTES / 1024 / 1024;

function fileError(message: string): BadUserInputError {
  return new BadUserInputError(message, { field: 'file' });
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Text of a CSV file from Chinese Excel: "CSV UTF-8" (with a BOM) or plain "CSV", which
 * Excel writes in GBK on a Chinese system. Valid UTF-8 is taken as UTF-8; anything else
 * must be valid GBK (GB18030, of which GBK is a subset). Refuses workbooks, UTF-16 text,
 * files in neither encoding and files over 5 MB with BAD_USER_INPUT on `file`.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes.length > MAX_CSV_BYTES) {
    throw fileError(`文件不能超过 ${MAX_MB} MB / The file must not exceed ${MAX_MB} MB`);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw fileError('请在 Excel 中另存为“CSV”后上传，不支持 Excel 工作簿 / Save the sheet as CSV in Excel; workbooks (.xlsx, .xls) are not accepted');
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw fileError('不支持 UTF-16 文本，请另存为“CSV（逗号分隔）”或“CSV UTF-8” / UTF-16 text is not accepted; save as CSV (comma delimited) or CSV UTF-8');
  }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: Excel's default CSV on a Chinese system is GBK.
  }
  try {
    return { text: new TextDecoder('gbk', { fatal: true }).decode(body), encoding: 'GBK' };
  } catch {
    throw fileError('无法识别文件编码，请另存为“CSV UTF-8” / The file is neither UTF-8 nor GBK text; save it as CSV UTF-8');
  }
}

/** Accepts plain base64 or a data URL (`data:text/csv;base64,...`), as a browser's FileReader gives. */
export function decodeBase64Csv(base64: string): DecodedCsv {
  const payload = base64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  // Checked before decoding, so an oversized upload is never held twice in memory.
  if ((payload.length / 4) * 3 - padding > MAX_CSV_BYTES) {
    throw fileError(`文件不能超过 ${MAX_MB} MB / The file must not exceed ${MAX_MB} MB`);
  }
  if (payload.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(payload)) {
    throw fileError('文件内容不是有效的 base64 编码 / The file content is not valid base64');
  }
  return decodeCsv(new Uint8Array(Buffer.from(payload, 'base64')));
}
