import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';

export interface ChartedIndicator {
  readonly title: string;
  readonly unit: string;
  readonly baseline: { readonly date: string; readonly value: number };
  readonly target: { readonly date: string; readonly value: number };
  readonly observations: readonly {
    readonly period: string;
    readonly periodEnd: string;
    readonly value: number;
  }[];
}

/**
 * An indicator's observations against its baseline and target, drawn with Observable Plot. The
 * figures are also given as a table beside the chart, so nothing depends on seeing it.
 */
export function IndicatorChart({ indicator }: { indicator: ChartedIndicator }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = drawChart(indicator);
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [indicator]);
  return (
    <figure className="concordat-chart">
      <div ref={container} />
      <figcaption>
        <details className="ds_details">
          <summary className="ds_details__summary">Figures for {indicator.title}</summary>
          <div className="ds_details__text">
            <IndicatorFigures indicator={indicator} />
          </div>
        </details>
      </figcaption>
    </figure>
  );
}

function drawChart(indicator: ChartedIndicator): SVGSVGElement | HTMLElement {
  const points = indicator.observations.map((observation) => ({
    period: observation.period,
    end: new Date(observation.periodEnd),
    value: observation.value,
  }));
  const references = [
    {
      label: `Baseline ${indicator.baseline.value}`,
      date: new Date(indicator.baseline.date),
      value: indicator.baseline.value,
    },
    {
      label: `Target ${indicator.target.value}`,
      date: new Date(indicator.target.date),
      value: indicator.target.value,
    },
  ];
  const chart = Plot.plot({
    ariaLabel: `${indicator.title}: ${points.length} observations against a baseline of ${indicator.baseline.value} and a target of ${indicator.target.value} (${indicator.unit})`,
    width: 640,
    height: 240,
    marginLeft: 56,
    style: { fontSize: '14px', color: '#333333' },
    x: { type: 'utc', label: null },
    y: { label: indicator.unit, grid: true, zero: false },
    marks: [
      Plot.ruleY([indicator.baseline.value], { stroke: '#5e5e5e', strokeDasharray: '4,4' }),
      Plot.ruleY([indicator.target.value], { stroke: '#0065bd', strokeDasharray: '8,4' }),
      Plot.text(references, { x: 'date', y: 'value', text: 'label', dy: -8, fill: '#333333' }),
      Plot.line(points, { x: 'end', y: 'value', stroke: '#002d54', strokeWidth: 2 }),
      Plot.dot(points, {
        x: 'end',
        y: 'value',
        fill: '#002d54',
        r: 4,
        title: (d: { period: string; value: number }) => `${d.period}: ${d.value}`,
      }),
    ],
  });
  // One image with one name: Plot names each mark's group ("rule", "dot") in a way assistive
  // technology reads as noise, and the figures table already gives every value.
  chart.setAttribute('role', 'img');
  for (const group of chart.querySelectorAll('[aria-label]')) {
    if (group !== chart) group.removeAttribute('aria-label');
  }
  return chart;
}

function IndicatorFigures({ indicator }: { indicator: ChartedIndicator }) {
  return (
    <table className="ds_table">
      <caption className="visually-hidden">Figures for {indicator.title}</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Value ({indicator.unit})</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>Baseline ({indicator.baseline.date})</td>
          <td>{indicator.baseline.value}</td>
        </tr>
        {indicator.observations.map((observation) => (
          <tr key={observation.period}>
            <td>{observation.period}</td>
            <td>{observation.value}</td>
          </tr>
        ))}
        <tr>
          <td>Target ({indicator.target.date})</td>
          <td>{indicator.target.value}</td>
        </tr>
      </tbody>
    </table>
  );
}
