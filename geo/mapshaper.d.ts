// mapshaper ships no types; the build uses only applyCommands.
declare module 'mapshaper' {
  const mapshaper: {
    applyCommands(commands: string, inputs: Record<string, unknown>): Promise<Record<string, string>>;
  };
  export default mapshaper;
}
