import type { MigrationInterface } from 'typeorm';
import { Foundation1795739852668 } from './1795739852668-Foundation';
// One migration stream for the whole API, oldest first. New files come from
// `npm run migration:generate -- <Name>` and are added here.
export const MIGRATIONS: Array<new () => MigrationInterface> = [Foundation1795739852668];
