// A plain static server that sends no COOP/COEP headers, like GitHub Pages: the tests use it
// to prove the service-worker fallback and builds under a base path.
// Usage: node scripts/static-server.mjs DIR PORT [PREFIX]
import http from 'node:http';
import sirv from 'sirv';

const [dir = 'dist', port = '4318', prefix = '/'] = process.argv.slice(2);
const serve = sirv(dir, { dev: true });
const notFound = (res) => {
  res.statusCode = 404;
  res.end('not found');
};
http
  .createServer((req, res) => {
    if (!req.url?.startsWith(prefix)) return notFound(res);
    req.url = '/' + req.url.slice(prefix.length);
    serve(req, res, () => notFound(res));
  })
  .listen(Number(port), '127.0.0.1', () =>
    console.log(`static, no headers: http://127.0.0.1:${port}${prefix}`),
  );
