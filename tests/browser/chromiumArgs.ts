// The flags every headless Chromium of the project starts with (tests and the canvas bench). Its own module, free of
// vitest, so that `npm run bench` can import it outside a test run.

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];
