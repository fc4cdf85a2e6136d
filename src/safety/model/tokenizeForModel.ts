/** Accent-free lower-case words and adjacent word pairs: what the risk model counts. */
export function tokenizeForModel(text: string): string[] {
  const words = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const tokens = [...words];
  for (let i = 0; i + 1 < words.length; i++) tokens.push(`${words[i]}_${words[i + 1]}`);
  return [...new Set(tokens)];
}
