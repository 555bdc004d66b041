// The web app's build. `npm run web:dev` serves it with hot reload and sends API calls to a Waymark on port 3000
// (`npm start` in another terminal); `npm run web:build` writes web/dist, which the API process serves.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.WAYMARK_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Keeps the CSP free of inline scripts: nothing is inlined into index.html.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: Object.fromEntries(['/v1', '/dev', '/openapi.json'].map((path) => [path, { target: api }])),
  },
});
