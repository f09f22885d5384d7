import { tokenize } from '../nlp/tokenize.ts';
import { classifyChunk } from './name-chunk.ts';

/** A speaker phrase split into the person's name and the title/role written before it. */
export interface NameWithRole {
  name: string;
  role: string | null;
}

/**
 * "U.S. Secretary of State Marco Rubio" → { name: "Marco Rubio", role: "U.S. Secretary of State" };
 * "Mexican President Claudia Sheinbaum" → { name: "Claudia Sheinbaum", role: "Mexican President" }.
 * Organisations and plain names come back whole with no role.
 */
export function splitRoleAndName(phrase: string): NameWithRole {
  const text = phrase.trim();
  const tokens = tokenize(text);
  if (tokens.length === 0) return { name: '', role: null };
  const chunk = classifyChunk(tokens, 0, tokens.length);
  if (chunk.type === 'organization' || chunk.nameFirst === 0 || chunk.nameFirst >= tokens.length) {
    return { name: text, role: null };
  }
  const nameStart = tokens[chunk.nameFirst]?.start ?? 0;
  const roleEnd = tokens[chunk.nameFirst - 1]?.end ?? 0;
  return { name: text.slice(nameStart), role: text.slice(0, roleEnd) };
}
