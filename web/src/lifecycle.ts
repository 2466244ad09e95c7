// Timers and pollers a page starts stop when the page changes.
let stops: Array<() => void> = [];

export function onLeave(stop: () => void): void {
  stops.push(stop);
}

export function leavePage(): void {
  stops.forEach(stop => stop());
  stops = [];
}

/** Calls work every intervalMs while the page is shown (and the tab visible); stops on leaving the page. */
export function poll(work: () => Promise<boolean | void>, intervalMs: number): void {
  let stopped = false;
  let timer: number | undefined;
  const tick = async () => {
    if (stopped) {
      return;
    }
    let more: boolean | void = true;
    if (document.visibilityState === 'visible') {
      try {
        more = await work();
      } catch {
        more = true;
      }
    }
    if (!stopped && more !== false) {
      timer = window.setTimeout(tick, intervalMs);
    }
  };
  timer = window.setTimeout(tick, intervalMs);
  onLeave(() => { stopped = true; window.clearTimeout(timer); });
}
