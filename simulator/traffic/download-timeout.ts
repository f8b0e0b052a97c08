// How long a client waits for a download before giving up: tornettools' perf-client timeouts
// by size (15 s for 50 KiB, 60 s for 1 MiB, 120 s for 5 MiB; tor-mechanisms.md §9), applied by
// size class to every download.

const KIB = 1024;

export function downloadTimeoutNs(sizeBytes: number): number {
  const seconds = sizeBytes <= 50 * KIB ? 15 : sizeBytes <= 1024 * KIB ? 60 : 120;
  return seconds * 1_000_000_000;
}
