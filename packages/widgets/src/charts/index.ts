export { categoryAxis, valueAxis } from './axes.js';
export { type BandPoint, band } from './band.js';
export { type Bar, bars } from './bar.js';
export { type GaugeInput, gauge } from './gauge.js';
export { hitColumns } from './hit-columns.js';
export { line, markers, type XY } from './line.js';
export { type BandScale, bandScale, type LinearScale, linearScale } from './scale.js';
export { type SeriesChartInput, seriesChart } from './series-chart.js';
