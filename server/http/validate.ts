// zod at the edge: parse a request part or throw the ZodError, which the error middleware answers as
// 400 VALIDATION_FAILED with one detail per issue. Handlers then work only with the parsed value.
import type { z } from 'zod';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  return schema.parse(value);
}
