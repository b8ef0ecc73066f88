import { checkId, invalidArgument } from '@parley/core/rules';

/** The entries of an optional list (none when absent), or `INVALID_ARGUMENT`. */
export function checkList(value: unknown, argument: string): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalidArgument(argument, 'a list', value);
  return value;
}

/** An optional list of ids (none when absent), each checked as `checkId` does. */
export function checkIdList(value: unknown, argument: string): string[] {
  return checkList(value, argument).map((id, i) => checkId(id, `${argument}[${i}]`));
}
