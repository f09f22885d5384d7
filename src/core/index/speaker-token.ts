/**
 * One full-text token per speaker, so `quotes_fts` can match "this speaker AND this topic" in one MATCH instead of
 * walking a prolific speaker's every quote. Entity ids ("person:donald-trump") would split into several words, and
 * "person donald trump" is also inside "person:donald-trump-jr"; a hash in digits is one word the stemmer leaves
 * alone. A collision only costs speed: queries still check `quotes.entity_id`.
 */
export function speakerToken(entityId: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < entityId.length; i++) {
    const c = entityId.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `spk${a.toString().padStart(10, '0')}${b.toString().padStart(10, '0')}`;
}
