// Development tokens (LocalHost's DevTokens): "dev.{base64url JSON payload}.{base64url HMAC}". The browser only reads the
// payload to know whom to show; the server checks the signature on every call.

export type Role = 'Applicant' | 'Officer' | 'Expert' | 'Public';
export interface Session { token: string; role: Role; id: string; name: string; institution: string | null; expiresAt: Date }

const storageKey = 'xjkeji.token';
// DevTokens serializes Role as its enum number (Applicant = 1 … Public = 4); accept names too.
const roles: Record<string, Role> = { 1: 'Applicant', 2: 'Officer', 3: 'Expert', 4: 'Public', Applicant: 'Applicant', Officer: 'Officer', Expert: 'Expert', Public: 'Public' };

export function decodeToken(token: string): Session | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== 'dev') {
    return null;
  }
  try {
    const b64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(b64.padEnd(b64.length + ((4 - (b64.length % 4)) % 4), '=')), c => c.charCodeAt(0));
    const p = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    const role = roles[String(p.Role ?? p.role)];
    const id = String(p.Sub ?? p.sub ?? '');
    if (!role || !id) {
      return null;
    }
    return {
      token: token.trim(), role, id, name: String(p.Name ?? p.name ?? id),
      institution: (p.Inst ?? p.inst ?? null) as string | null, expiresAt: new Date(Number(p.Exp ?? p.exp ?? 0) * 1000),
    };
  } catch {
    return null;
  }
}

let session: Session | null = (() => {
  const saved = sessionStorage.getItem(storageKey);
  const s = saved ? decodeToken(saved) : null;
  return s && s.expiresAt.getTime() > Date.now() ? s : null;
})();

export function currentSession(): Session | null {
  return session;
}

export function signIn(s: Session): void {
  session = s;
  sessionStorage.setItem(storageKey, s.token);
}

export function signOut(): void {
  session = null;
  sessionStorage.removeItem(storageKey);
}
