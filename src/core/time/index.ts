/** Time helpers: feed date parsing, zone-aware formatting, config durations. */
export { parseFeedDate } from './parse-feed-date.ts';
export { formatIsoInZone, formatLocal } from './format.ts';
export { parseDuration } from './duration.ts';
export { isValidTimeZone, zoneOffsetMs, wallClockAt, instantFromWallClock, type WallClock } from './zone.ts';
