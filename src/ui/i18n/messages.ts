// Every UI string, in English and Japanese. A key missing from either language is a type error.
export const messages = {
  appTitle: { en: 'Parallel Lab', ja: 'Parallel Lab' },
  tagline: {
    en: 'Pass arguments to parallel workers, and watch them run.',
    ja: '並列ワーカーに引数を渡して、動くところを見てみよう。',
  },
  lessons: { en: 'Lessons', ja: 'レッスン' },
  language: { en: 'Language', ja: '言語' },
  isolated: { en: 'Cross-origin isolated', ja: 'クロスオリジン分離: 有効' },
  isolatedDetail: {
    en: 'SharedArrayBuffer and Atomics are available: every lesson can run.',
    ja: 'SharedArrayBuffer と Atomics が使えます。すべてのレッスンを実行できます。',
  },
  notIsolated: { en: 'Not isolated', ja: 'クロスオリジン分離: 無効' },
  reasonInsecure: {
    en: 'This page is not a secure context (it is served over plain http from another machine), so neither the isolation headers nor the service-worker fallback can work. Serve it over https, or open it as http://localhost.',
    ja: 'このページは安全なコンテキストではありません（別のマシンから http で配信されています）。そのため分離ヘッダーもサービスワーカーによる代替も使えません。https で配信するか、http://localhost で開いてください。',
  },
  reasonNoServiceWorker: {
    en: 'The server sends no COOP/COEP headers and this browser cannot run the service-worker fallback (private windows often block it). Send the headers from the server (see the README: Netlify, Cloudflare Pages, Vercel and nginx examples), or open the page in a normal window.',
    ja: 'サーバーが COOP/COEP ヘッダーを送っておらず、このブラウザではサービスワーカーによる代替も動きません（プライベートウィンドウではよく無効になっています）。サーバーからヘッダーを送るか（README に Netlify、Cloudflare Pages、Vercel、nginx の例があります）、通常のウィンドウで開いてください。',
  },
  reasonHeaders: {
    en: 'The server sends no Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp headers, and the service-worker fallback has not taken over yet. Reload once; if this stays, send the two headers from the server (see the README).',
    ja: 'サーバーが Cross-Origin-Opener-Policy: same-origin と Cross-Origin-Embedder-Policy: require-corp を送っておらず、サービスワーカーによる代替もまだ有効になっていません。一度再読み込みしてください。それでも変わらなければ、サーバーから 2 つのヘッダーを送ってください（README 参照）。',
  },
  notIsolatedEffect: {
    en: 'Lessons that share memory (SharedArray, Value, Lock, Queue) cannot run until this is fixed; the others run as usual.',
    ja: 'これが直るまで、メモリを共有するレッスン（SharedArray、Value、Lock、Queue）は実行できません。その他のレッスンは普通に動きます。',
  },
  noLessons: { en: 'No lessons found.', ja: 'レッスンが見つかりません。' },
} as const satisfies Record<string, Record<'en' | 'ja', string>>;

export type MessageKey = keyof typeof messages;
