/** Words that make a capitalised phrase a place rather than a person ("United States", "Latin America"). */
export const PLACE_WORDS = new Set(
  `states kingdom republic america americas city county island islands river street avenue square bay valley
  mountain mountains beach park border coast gulf sea ocean lake north south east west northern southern eastern
  western province region district territory capital hills heights falls county airport bridge hall island strait
  peninsula desert canyon port harbor harbour union emirates nations`
    .split(/\s+/)
    .filter(Boolean),
);

/** Prepositions that introduce places ("in Mexico", "to Washington"), so a lone capitalised word after them is not a speaker. */
export const PLACE_PREPOSITIONS = new Set([
  'in',
  'to',
  'from',
  'across',
  'into',
  'near',
  'inside',
  'outside',
  'throughout',
]);
