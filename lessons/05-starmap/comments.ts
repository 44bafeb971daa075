import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'pool_starmap.py, in TypeScript: each [id, value, multiplier] list is spread into one call of\nprocessData, on a pool of 3 worker processes.':
    'pool_starmap.py の TypeScript 版：[id, value, multiplier] の各リストを展開して processData を\n1 回ずつ呼ぶ。プールのワーカープロセスは 3 つ。',
  'stands for real work': '実際の処理の代わり',
  "One list per call: [id, value, multiplier], Python's tuples":
    '呼び出しごとに 1 つのリスト：[id, value, multiplier]。Python のタプルにあたる',
  'starmap spreads each list into the parameters: processData(1, 5, 2), …':
    'starmap は各リストを展開して引数にする：processData(1, 5, 2)、…',
  'Exercise: build the argument lists with code instead of by hand. For the ids 1 to 6,\n  const values = [3, 6, 9, 12, 15, 18];\n  const multipliers = [2, 2, 3, 3, 4, 4];\nzip them (id i + 1 gets values[i] and multipliers[i]), starmap processData over the lists\nwith the same pool, and print `Order totals: […]`.':
    '演習：引数のリストを手で書かずに、コードで作ろう。ID 1〜6 について、\n  const values = [3, 6, 9, 12, 15, 18];\n  const multipliers = [2, 2, 3, 3, 4, 4];\nを zip し（ID i + 1 には values[i] と multipliers[i]）、同じプールでそのリストに processData を\nstarmap して、`Order totals: […]` を表示しよう。',
  'One tuple per call: (id, value, multiplier)': '呼び出しごとに 1 つのタプル：(id, value, multiplier)',
  'starmap unpacks each tuple into the parameters: process_data(1, 5, 2), ...':
    'starmap は各タプルを展開して引数にする：process_data(1, 5, 2)、...',
  'pool_starmap.py, in TypeScript, plus argument lists built with a zip.':
    'pool_starmap.py の TypeScript 版に、zip で作った引数のリストを加えたもの。',
  'Python: list(zip(range(1, 7), values, multipliers))':
    'Python なら list(zip(range(1, 7), values, multipliers))',
} satisfies CommentTranslations;
