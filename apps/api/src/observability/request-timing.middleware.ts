import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Metrics } from './metrics';

/** Times every HTTP request for the latency histogram. */
@Injectable()
export class RequestTimingMiddleware implements NestMiddleware {
  constructor(private readonly metrics: Metrics) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const stop = this.metrics.requestDuration.startTimer({ method: req.method });
    res.on('finish', () =>
      stop({ route: req.baseUrl || req.path, status: String(res.statusCode) }),
    );
    next();
  }
}
