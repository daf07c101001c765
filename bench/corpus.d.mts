export function corpusItem(feed: number, item: number): { title: string; summary: string; link: string };
export function corpusFeed(feed: number, items: number, now: number): string;
