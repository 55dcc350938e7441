// Quotes an argument only when a POSIX shell would need it, so the card's command can be pasted.
function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The command as the user typed it: `trajgen lint --count 50 --out data`. */
export function commandLine(commandId: string | undefined, argv: readonly string[]): string {
  return ['trajgen', ...(commandId ? [commandId] : []), ...argv].map(quote).join(' ');
}
