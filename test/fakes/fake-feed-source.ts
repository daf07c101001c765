import type { FeedEntry } from '../../src/core/article.ts';
import type { FeedFetchResult, FeedRequest, FeedSource } from '../../src/app/ports.ts';

type Answer = FeedFetchResult | Error | ((req: FeedRequest) => FeedFetchResult | Error);

/** A FeedSource answering from a table by URL, recording every request. */
export class FakeFeedSource implements FeedSource {
  readonly requests: FeedRequest[] = [];
  private readonly answers = new Map<string, Answer>();

  set(url: string, answer: Answer): this {
    this.answers.set(url, answer);
    return this;
  }

  entries(url: string, entries: FeedEntry[], etag?: string): this {
    return this.set(url, { kind: 'ok', entries, etag });
  }

  async fetch(req: FeedRequest): Promise<FeedFetchResult> {
    this.requests.push(req);
    let answer = this.answers.get(req.url);
    if (typeof answer === 'function') answer = answer(req);
    if (!answer) throw new Error(`FakeFeedSource: no answer for ${req.url}`);
    if (answer instanceof Error) throw answer;
    return answer;
  }
}
