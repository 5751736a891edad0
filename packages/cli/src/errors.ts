/** An error the user can act on: printed as one line (file and problem), exit code 2, never a stack trace. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) { super(message); this.name = 'UserError'; }
}
