/** An error the user can act on: printed as one line (file and problem), exit code 2, never a stack trace. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) { super(message); this.name = 'UserError'; }
}

/** A command-line parsing error of node:util parseArgs as a UserError in Chinese first, then English, with the
 *  command's usage after it when given (parseArgs' own messages are English only and suggest `--` quoting). */
export function argsError(e: unknown, usage?: string): UserError {
  const err = e as NodeJS.ErrnoException;
  const m = String(err.message ?? e);
  const opt = /'(-[^' ]*)/.exec(m)?.[1];
  let line: string;
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': line = `未知选项 ${opt ?? ''} (unknown option)`; break;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      line = /argument missing/.test(m) ? `选项 ${opt ?? ''} 缺少值 (missing value)` : `选项 ${opt ?? ''} 的值无效 (invalid value: ${m})`;
      break;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': line = `多余的参数 (unexpected argument): ${/'([^']*)'/.exec(m)?.[1] ?? m}`; break;
    default: line = m;
  }
  return new UserError(usage ? `${line}\n\n${usage}` : line);
}
