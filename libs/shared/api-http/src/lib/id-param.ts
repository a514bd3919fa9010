import { Injectable, Param, type PipeTransform } from '@nestjs/common';
import { notFound } from './app-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * An id in the path that is not a UUID names nothing that exists: 404, like an unknown id, so a
 * malformed address and a missing object answer alike.
 */
@Injectable()
export class UuidOr404Pipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUuid(value)) throw notFound('request.not-found');
    return value;
  }
}

/** `@IdParam()` / `@IdParam('itemId')`: a path id that must be a UUID, else 404. */
export const IdParam = (name = 'id') => Param(name, UuidOr404Pipe);
