// Worker-thread bootstrap: registers the TypeScript loader in this thread
// (loaders do not carry over into workers), then runs parse-worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
