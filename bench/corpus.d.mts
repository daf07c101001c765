export const DEFAULT_MATCH_RATE: number;
export function corpusItem(feed: number, item: number, matchRate?: number): { title: string; summary: string; link: string };
export function corpusFeed(feed: number, items: number, now: number, matchRate?: number): string;
