// A one-time message carried to the next page (e.g. "submitted" after navigating to the project).
let pending: string | null = null;

export function flash(message: string): void {
  pending = message;
}

export function takeFlash(): string | null {
  const m = pending;
  pending = null;
  return m;
}
