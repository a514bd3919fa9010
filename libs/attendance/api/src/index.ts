export * from './lib/attendance.module';
