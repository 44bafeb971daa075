import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'partial_example.py, in TypeScript: partial fixes the configuration, and map supplies the data.':
    'partial_example.py の TypeScript 版：partial が設定を固定し、map がデータを渡す。',
  'JavaScript has no keyword arguments: the settings come in one object, by name,\nas in processWithConfig(3, { configA: 10, configB: 5 })':
    'JavaScript にはキーワード引数がない：設定は 1 つのオブジェクトに名前付きで入れて渡す。\nprocessWithConfig(3, { configA: 10, configB: 5 }) のように',
  'stands for real work': '実際の処理の代わり',
  'Fix both settings; _ keeps the place of data open, so data stays the one free parameter':
    '2 つの設定を固定する。_ は data の場所を空けておくので、data だけが自由な引数として残る',
  'map feeds each item to partialProcess:\nprocessWithConfig(item, { configA: 10, configB: 5 })':
    'map は各項目を partialProcess に渡す：\nprocessWithConfig(item, { configA: 10, configB: 5 })',
  'Exercise: a second configuration, configA 100 and configB 1, for the same data items.\nFirst try an arrow, and read the error:\n  pool.map((d: number) => processWithConfig(d, { configA: 100, configB: 1 }), dataItems)\nThen fix the settings with partial instead, so that the map runs in the workers, and\nprint `Big results: […]`.':
    '演習：同じデータ項目に、2 つ目の設定（configA 100、configB 1）を使おう。\nまずアロー関数を試して、エラーを読もう：\n  pool.map((d: number) => processWithConfig(d, { configA: 100, configB: 1 }), dataItems)\n次に、代わりに partial で設定を固定して map がワーカーで動くようにし、\n`Big results: […]` を表示しよう。',
  'Fix both settings by keyword; data stays the one free parameter':
    '2 つの設定をキーワードで固定する。data だけが自由な引数として残る',
  'map feeds each item to partial_process:\nprocess_with_config(item, config_a=10, config_b=5)':
    'map は各項目を partial_process に渡す：\nprocess_with_config(item, config_a=10, config_b=5)',
  'partial_example.py, in TypeScript, with a second configuration fixed by partial.':
    'partial_example.py の TypeScript 版に、partial で固定した 2 つ目の設定を加えたもの。',
  'A partial travels as "export processWithConfig of main.ts" plus its bound arguments;\nan arrow has no such name, so the pool refuses it':
    'partial は「main.ts の export processWithConfig」と固定した引数の組として送られる。\nアロー関数にはそのような名前がないので、プールは受け付けない',
} satisfies CommentTranslations;
