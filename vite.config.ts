// Vite: the designer is a static single-page app; nothing is fetched from any other origin at run time.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The dev server injects an inline React Refresh preamble and <style> tags for HMR, which index.html's strict
// Content-Security-Policy would block; only `vite` (serve) loosens it, the built app keeps it as written.
const devCsp: Plugin = {
  name: 'dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

export default defineConfig({
  plugins: [react(), devCsp],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
