import { baseUrl, demoPassword } from './environment.js';

/** Talks to the API directly, to check what was really stored. */
export class ApiClient {
  private constructor(private readonly token: string) {}

  static async signIn(email: string, password = demoPassword): Promise<ApiClient> {
    const response = await fetch(new URL('/api/v1/auth/login', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (response.status !== 200) throw new Error(`Signing in ${email} over the API gave ${response.status}.`);
    const body = (await response.json()) as { accessToken: string };
    return new ApiClient(body.accessToken);
  }

  get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.send<T>('POST', path, body);
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('PATCH', path, body);
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(new URL(`/api/v1${path}`, baseUrl), {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} gave ${response.status}: ${await response.text()}`);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
}

export interface StoredStep {
  id: string;
  catalogueKey: string | null;
  title: string;
  status: string;
  progress: number;
  startDate: string | null;
  dueDate: string | null;
  leadOrganisationId: string | null;
  leadOrganisation: { id: string; name: string; kind: string } | null;
  overdue: boolean;
  version: number;
}

export interface StoredPlan {
  id: string;
  title: string;
  stepCount: number;
}
