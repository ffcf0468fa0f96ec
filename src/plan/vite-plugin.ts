// Validates data/ at build start (a bad record fails the build, naming file, record and field) and
// writes the downloads to dist/data/. In dev, serves the same downloads. The built page preloads the
// data it fetches at start, so the downloads run while the browser is still compiling the scripts.
import type { Plugin } from 'vite';
import { loadDataset } from './validate.ts';
import { downloads } from './exports.ts';
import { ITEMS_DOWNLOAD, SEARCH_DOCS } from './downloads.ts';
import { searchDocs } from './search-docs.ts';

/** Everything the build writes to dist/data/: the downloads and the search documents (fetched lazily). */
const files = () => {
  const ds = loadDataset();
  return { ...downloads(ds), [SEARCH_DOCS.slice('./data/'.length)]: JSON.stringify(searchDocs(ds)) };
};

/** Data fetched only when its layer is first turned on (src/context-data.ts): never preloaded. */
const LAZY_DATA = /^data\/geo\/(counties|water)\.topo\.json$/;

export function planExports(): Plugin {
  return {
    name: 'plan-exports',
    buildStart() {
      loadDataset(); // throws DataError, naming file, record and field
    },
    generateBundle() {
      for (const [name, source] of Object.entries(files())) this.emitFile({ type: 'asset', fileName: `data/${name}`, source });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        // the app's page, and the bench's reference page with the app's basemap (two folders down)
        const root = ctx.filename.endsWith('/baseline/basemap.html') ? '../../' : ctx.filename.endsWith('/index.html') && !ctx.filename.includes('/baseline/') ? './' : null;
        if (!ctx.bundle || !root) return;
        const data = Object.values(ctx.bundle)
          .filter((f) => f.type === 'asset' && f.originalFileNames.some((n) => /^data\/.*\.json$/.test(n) && !LAZY_DATA.test(n)))
          .map((f) => f.fileName);
        // crossorigin: fetch() asks in CORS mode, and a preload is only reused when the modes match
        return [...data, ITEMS_DOWNLOAD.replace(/^\.\//, '')].map((href) => ({ tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: root + href }, injectTo: 'head' as const }));
      },
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = req.url?.match(/\/data\/([\w.-]+)$/);
        const all: Record<string, string> = m ? files() : {};
        if (m && all[m[1]]) {
          res.setHeader('Content-Type', m[1].endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/geo+json');
          res.end(all[m[1]]);
        } else next();
      });
    },
  };
}
