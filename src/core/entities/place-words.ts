/** Words that make a capitalised phrase a place rather than a person ("United States", "Latin America"). */
export const PLACE_WORDS = new Set(
  `states kingdom republic america americas city county island islands river street avenue square bay valley
  mountain mountains beach park border coast gulf sea ocean lake north south east west northern southern eastern
  western province region district territory capital hills heights falls county airport bridge hall island strait
  peninsula desert canyon port harbor harbour union emirates nations palace hotel casino arena stadium resort
  plaza mall church cathedral`
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

/**
 * Countries, US states and continents as written in English news: a general gazetteer (not tied to any article) so
 * "New Hampshire" or "Mexico" is never taken for a person a pronoun could refer to.
 */
export const PLACE_NAMES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
  nebraska nevada new-hampshire new-jersey new-mexico new-york north-carolina north-dakota ohio oklahoma oregon
  pennsylvania rhode-island south-carolina south-dakota tennessee texas utah vermont virginia washington
  west-virginia wisconsin wyoming puerto-rico america africa asia europe australia antarctica afghanistan albania
  algeria argentina armenia austria bangladesh belgium bolivia brazil britain bulgaria cambodia canada chile china
  colombia cuba denmark ecuador egypt england ethiopia finland france germany ghana greece guatemala haiti honduras
  hungary india indonesia iran iraq ireland israel italy jamaica japan jordan kenya korea kuwait lebanon libya
  malaysia mexico morocco netherlands nicaragua nigeria norway pakistan palestine panama peru philippines poland
  portugal qatar romania russia rwanda scotland serbia singapore somalia spain sudan sweden switzerland syria taiwan
  thailand tunisia turkey uganda ukraine venezuela vietnam wales yemen zimbabwe`
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => name.replace(/-/g, ' ')),
);
