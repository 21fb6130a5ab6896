/** Splits text into lines of at most `width` characters, at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    for (let rest = word; rest.length > 0;) {
      const room = line ? width - line.length - 1 : width;
      if (rest.length <= room) {
        line = line ? `${line} ${rest}` : rest;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * Text cut to at most `max` characters, at a space where one is near, with `…`: a label people typed
 * stays a label however long it is. The page prints the full text beside the diagram (the tables and
 * lists it summarises), and the figure's description names it.
 */
export function truncate(text: string, max: number): string {
  const trimmed = text.trim();
  if ([...trimmed].length <= max) return trimmed;
  const cut = [...trimmed].slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
