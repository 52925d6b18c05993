import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { ProjectionLag } from '../projections/projection-lag';

/** The figures an operator watches, in Prometheus' text format at GET /metrics. */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly requestDuration = new Histogram({
    name: 'concordat_http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly eventsAppended = new Counter({
    name: 'concordat_events_appended_total',
    help: 'Events appended by commands this process handled',
    labelNames: ['aggregate'],
    registers: [this.registry],
  });

  constructor(lag: ProjectionLag) {
    collectDefaultMetrics({ register: this.registry, prefix: 'concordat_' });
    new Gauge({
      name: 'concordat_projection_behind_events',
      help: 'Events recorded but not yet applied by each read model (counted up to 1000)',
      labelNames: ['projection'],
      registers: [this.registry],
      async collect() {
        for (const status of await lag.statuses())
          this.set({ projection: status.name }, status.behind);
      },
    });
  }
}
