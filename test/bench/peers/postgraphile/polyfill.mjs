// PostGraphile 5.1.5 (through grafast) calls Promise.withResolvers, which Node.js has from
// version 22; this repository runs on Node 20, where it fails with "Promise.withResolvers is
// not a function". The peer's process loads this first (node --import ./polyfill.mjs), so
// PostGraphile runs unchanged. Does nothing where the runtime already has it.
if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers() {
      let resolve;
      let reject;
      const promise = new this((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
