import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { ApiError } from './api-error';
import { PageArgs } from './pagination';

/**
 * Refuses a page larger than the configured page size (CONCORDAT_MAX_PAGE_SIZE), as
 * VALIDATION_FAILED on `first`, for every query whose arguments extend PageArgs.
 */
export class PageSizeLimitPipe implements PipeTransform {
  constructor(private readonly maxPageSize: number) {}

  transform(value: unknown, { metatype }: ArgumentMetadata): unknown {
    const paginated = metatype === PageArgs || metatype?.prototype instanceof PageArgs;
    const first = (value as { first?: unknown } | null)?.first;
    if (paginated && typeof first === 'number' && first > this.maxPageSize) {
      throw ApiError.validation([
        { field: 'first', message: `first must not be greater than ${this.maxPageSize}` },
      ]);
    }
    return value;
  }
}
