import { Module } from '@nestjs/common';

/** Entities, controllers and services of the conferences domain. Add it to apps/api's AppModule. */
@Module({})
export class ConferencesModule {}
