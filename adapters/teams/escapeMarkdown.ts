/**
 * Teams renders a markdown subset in TextBlock text and Fact titles/values (not in TextRun). Escape
 * what that subset would interpret: emphasis, links, code, strike-through and line-leading list markers.
 * Escaping only these keeps ordinary text free of backslashes, which some mobile clients show literally.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_[\]`~]/g, '\\$&')
    .replace(/^(\s*)([-+]|\d+\.)(?=\s)/gm, (_m: string, space: string, marker: string) => {
      const escaped = marker.length === 1 ? `\\${marker}` : `${marker.slice(0, -1)}\\.`;
      return `${space}${escaped}`;
    });
}
