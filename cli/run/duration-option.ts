// `--duration` and `--warmup`: seconds, or a number with one of the language's time units, as a
// researcher writes durations in the scenario (`90`, `90s`, `1.5 min`, `500 ms`).

import { InvalidArgumentError } from 'commander';
import { normalise, UNITS } from '../../grammar';

const DURATION = /^\s*(\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*(\S+)?\s*$/;

export function parseSeconds(value: string, { allowZero }: { readonly allowZero: boolean }): number {
  const match = DURATION.exec(value);
  const unitText = match?.[2] ?? 's';
  const unit = Object.hasOwn(UNITS, unitText) ? UNITS[unitText] : undefined;
  const seconds = match && unit?.dimension === 'time' ? normalise(Number(match[1]), unit) : NaN;
  if (seconds > 0 || (allowZero && seconds === 0)) return seconds;
  const wanted = allowZero ? 'a duration, 0 or more' : 'a positive duration';
  throw new InvalidArgumentError(`expected ${wanted}: seconds (60) or a number with a time unit (60s, 1.5 min, 500 ms)`);
}
