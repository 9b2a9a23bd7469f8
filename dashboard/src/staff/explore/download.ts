import { readApiError, type ApiError } from '../graphql/errors';
import { fileNameOf } from './export-url';

/**
 * Fetches an export with the session's bearer token (a plain link could not send it) and
 * hands the file to the browser to save under the name the server proposes.
 */
export async function downloadExport(url: string, token: string | null, fallbackName: string): Promise<{ file: string } | { error: ApiError }> {
  let response: Response;
  try {
    response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch (error) {
    return { error: readApiError(error) };
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: unknown[] } | null;
    return { error: readApiError(body ?? new Error(`HTTP ${response.status}`)) };
  }
  const file = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = file;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return { file };
}
