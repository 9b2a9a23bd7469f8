/**
 * Addresses of the server's exports (README "Looking back and exporting"): the same
 * filters as the `institutions` and `indicatorSeries` queries, as query parameters.
 */
export type ExportFormat = 'csv' | 'xlsx';

export interface InstitutionExportFilter {
  cityCode?: string;
  districtCode?: string;
  search?: string;
  inclusive?: boolean;
  filed?: boolean;
  ownership?: string;
  includeClosed?: boolean;
}

export interface ExportOrder {
  field: string;
  direction: 'ASC' | 'DESC';
}

/** Drops empty values, so the server's defaults apply and the address stays short. */
function compact<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Partial<T>;
}

export function institutionExportUrl(filter: InstitutionExportFilter, order: ExportOrder | null, format: ExportFormat, lang: 'zh-CN' | 'en'): string {
  const params = new URLSearchParams();
  const given = compact(filter);
  if (Object.keys(given).length > 0) params.set('filter', JSON.stringify(given));
  if (order) params.set('orderBy', JSON.stringify(order));
  if (lang === 'en') params.set('lang', 'en');
  const query = params.toString();
  return `/export/institutions.${format}${query ? `?${query}` : ''}`;
}

export interface SeriesExportArgs {
  key: string;
  scopeCode: string;
  from: string;
  to: string;
  granularity: 'MONTH' | 'QUARTER' | 'YEAR';
}

export function seriesExportUrl(args: SeriesExportArgs, format: ExportFormat, lang: 'zh-CN' | 'en'): string {
  const params = new URLSearchParams({ key: args.key, scopeCode: args.scopeCode, from: args.from, to: args.to, granularity: args.granularity });
  if (lang === 'en') params.set('lang', 'en');
  return `/export/indicator-series.${format}?${params.toString()}`;
}

/** The file name the server proposes (RFC 5987 `filename*`), else `fallback`. */
export function fileNameOf(contentDisposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(contentDisposition ?? '');
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1]!);
    } catch {
      return fallback;
    }
  }
  const plain = /filename="([^"]+)"/i.exec(contentDisposition ?? '');
  return plain ? plain[1]! : fallback;
}
