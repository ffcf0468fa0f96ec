// Validates data/ at build start (a bad record fails the build, naming file, record and field) and
// writes the downloads to dist/data/. In dev, serves the same downloads.
import type { Plugin } from 'vite';
import { loadDataset } from './validate.ts';
import { downloads } from './exports.ts';

export function planExports(): Plugin {
  return {
    name: 'plan-exports',
    buildStart() {
      loadDataset(); // throws DataError, naming file, record and field
    },
    generateBundle() {
      for (const [name, source] of Object.entries(downloads(loadDataset()))) this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = req.url?.match(/\/data\/([\w.-]+)$/);
        const files = m ? downloads(loadDataset()) : {};
        if (m && files[m[1]]) {
          res.setHeader('Content-Type', m[1].endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/geo+json');
          res.end(files[m[1]]);
        } else next();
      });
    },
  };
}
