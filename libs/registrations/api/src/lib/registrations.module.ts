import { Module } from '@nestjs/common';

/** Entities, controllers and services of the registrations domain. Add it to apps/api's AppModule. */
@Module({})
export class RegistrationsModule {}
