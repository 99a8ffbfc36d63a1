// autocannon ships no type declarations; the benchmark uses only its programmatic runner.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';
  function autocannon(opts: unknown): EventEmitter & PromiseLike<unknown>;
  export default autocannon;
}
