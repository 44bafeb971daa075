// "parallel/plot"
export { figure, bar, plot, title, xlabel, ylabel, xticks, text, legend, show, savefig } from './pyplot';
export type { FigureSpec } from './figure';
