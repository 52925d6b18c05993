import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { ConcordatConfig } from '@concordat/config';

export const CONCORDAT_CONFIG = Symbol('CONCORDAT_CONFIG');

/** Makes the configuration validated at start available to every module. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: ConcordatConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: CONCORDAT_CONFIG, useValue: config }],
      exports: [CONCORDAT_CONFIG],
    };
  }
}
