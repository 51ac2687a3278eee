/** The API is served on the same origin as the web app (ng serve proxies /api). */
export const API_BASE = '/api/v1';

export function apiUrl(path: string): string {
  return `${API_BASE}${path}`;
}
