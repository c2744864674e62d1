/**
 * The English vocabulary of role finding: the word classes the role rules read and the
 * ordered table of role rules, each with a one-line invented example. This is the seam a
 * second language would use: another `roles.xx.ts` with its own words and its own table.
 */

/** The role rules, in the order they run. A later rule may refine what an earlier one found. */
export const ROLE_RULES = [
  { id: 'byline', reads: 'credit lines: "By X", "Editing by X", a photo credit, a name line above "Published"', example: 'Tarnby ferries to stop\n\nBy Ada Wren\n\nFerries will stop on Monday.', actor: 'Ada Wren', role: 'reporter' },
  { id: 'bio-line', reads: 'a line that opens with the name and says what the person is: "X is a columnist for Y."', example: 'Why the ferry matters\n\nBy Ada Wren\n\nThe ferry is our road.\n\nAda Wren is a columnist for the Tarnby Lantern. The views expressed are her own.', actor: 'Ada Wren', role: 'columnist for the Tarnby Lantern' },
  { id: 'apposition', reads: 'a description beside the name: "X, a former adviser," or "the mayor of Y, X,"', example: 'Ruth Ames, a lecturer in law at Kelso College, said the ruling was wrong.', actor: 'Ruth Ames', role: 'lecturer in law at Kelso College' },
  { id: 'capitalised-title-before', reads: 'a capitalised title before the name and a comma: "Minister of Fisheries, X,"', example: 'Minister of Inland Waters, Oren Falk, said the dams were safe.', actor: 'Oren Falk', role: 'Minister of Inland Waters' },
  { id: 'title-org-after', reads: 'a title and an organisation after the name: "X, Director, Y Ltd,"', example: 'Mara Quill, Director, Fenwick Securities, said the vault was sealed.', actor: 'Mara Quill', role: 'Director, Fenwick Securities' },
  { id: 'title-before', reads: 'a title or job written right before the name: "finance minister X"', example: 'Closing the hearing, assistant coroner Dr Miriam Holt said the road was unsafe.', actor: 'Miriam Holt', role: 'assistant coroner' },
  { id: 'title-of-before', reads: 'a job "of" a field right before the name: "minister of mines and energy X"', example: 'The plan was backed by minister of roads and bridges Ilse Marr on Friday.', actor: 'Ilse Marr', role: 'minister of roads and bridges' },
  { id: 'owner-title-before', reads: 'an owner\'s job written before the name: "Fenwick Foods\' chief executive X"', example: 'Fenwick Foods\' chief executive Ana Ruiz said prices would rise.', actor: 'Ana Ruiz', role: "Fenwick Foods' chief executive" },
  { id: 'org-kind-after', reads: 'the kind written after an organisation\'s name: "X party", a news agency in a dateline', example: 'Leaders of the Velar Forum party met in Kelso.', actor: 'Velar Forum', role: 'party' },
  { id: 'outlet', reads: 'a news outlet by where it is named (a byline, a masthead, "told X", "a columnist for X"): the kind its name says, or "news outlet"', example: 'By Ada Wren, Tarnby Lantern\n\nFerries will stop on Monday, the operator told the Tarnby Lantern.', actor: 'Tarnby Lantern', role: 'news outlet' },
  { id: 'person-context', reads: '"Org\'s X", "X of the Org", "X, who heads the Y,"', example: 'Samuel Oduya, who grows maize near Eldama, said the rains were late.', actor: 'Samuel Oduya', role: 'grows maize near Eldama' },
  { id: 'team-of-club', reads: 'a bare team role belongs to the club named before it in the sentence', example: 'Kelso Rovers lost again and captain Dion Maybury said the side was tired.', actor: 'Dion Maybury', role: 'captain of Kelso Rovers' },
  { id: 'officer-of-company', reads: 'a bare company officer\'s title belongs to the organisation the story has named most up to there', example: 'Fenwick Foods will close two plants. Fenwick Foods cut its profit forecast. Chief executive Ana Ruiz said prices would rise.', actor: 'Ana Ruiz', role: 'Chief executive of Fenwick Foods' },
  { id: 'near-speech', reads: 'a definite description next to a speech verb: "said the 74-year-old comedian"', example: 'Pia Lund left early. "It was long," said the retired nurse.', actor: 'Pia Lund', role: 'retired nurse' },
  { id: 'age-description', reads: '"The N-year-old, a plumber," completes an age', example: 'Brian Keld, 61, was hurt in the crash.\n\nThe 61-year-old, a plumber and keen angler, was driving home.', actor: 'Brian Keld', role: '61-year-old plumber and keen angler' },
  { id: 'org-description', reads: 'an organisation\'s relative clause, a description before it, the noun the text uses for it, or its name\'s kind', example: 'Students at Dunmere University staged a sit-in on Monday.', actor: 'Dunmere University', role: 'university' },
  { id: 'club-sport', reads: 'a club or team of a sports story takes the sport the story names most around it ("rugby club")', example: 'Kelso Rovers beat Tarnby Athletic 24-10 in the rugby final on Saturday, and the rugby season ends in May.', actor: 'Tarnby Athletic', role: 'rugby club' },
  { id: 'org-noun-named', reads: '"the ministry\'s spokeswoman": names the organisation the common noun stands for', example: 'The Ministry of Ports issued figures. "We are ready," said Lara Quist, the ministry\'s spokeswoman.', actor: 'Lara Quist', role: 'spokeswoman of the Ministry of Ports' },
  { id: 'role-of-org-nearby', reads: 'a bare role that needs an organisation takes the one its sentence names before it, or the one the sentence before opens with ("The X says … A spokesperson, Y, said")', example: 'The Tarnby Fire Service says it had 900 calls overnight. A spokesperson, Ines Marr, said nobody was hurt.', actor: 'Ines Marr', role: 'spokesperson of the Tarnby Fire Service' },
  { id: 'plural-title-list', reads: 'a plural title or job before a list of names applies to each ("Councillors X and Y", "Kenyan swimmers X and Y")', example: 'Councillors Ana Brill and Tom Sayer voted against the plan.', actor: 'Tom Sayer', role: 'Councillor' },
] as const;

/** The id of a role rule, as `why` reports it (prefixed "role:"). */
export type RoleRuleId = (typeof ROLE_RULES)[number]['id'];

/** The last word of an outlet's name and the kind of outlet it says ("… Star" → "newspaper"): read only where the text names it as an outlet. */
export const OUTLET_HEAD_KINDS: Readonly<Record<string, string>> = {
  star: 'newspaper', sun: 'newspaper', mirror: 'newspaper', mail: 'newspaper', express: 'newspaper', standard: 'newspaper',
  monitor: 'newspaper', argus: 'newspaper', clarion: 'newspaper', register: 'newspaper', daily: 'newspaper', record: 'newspaper',
  review: 'magazine', hebdo: 'weekly', wire: 'news agency', newswire: 'news agency',
};

/** Jobs at an outlet: "a columnist for X", "X's correspondent" make X an outlet. */
export const OUTLET_JOBS = 'reporter|correspondent|columnist|editor|journalist|critic|writer|contributor|commentator|photographer|interviewer';

/** Head nouns of descriptions that stand for an organisation ("the army's media wing"). */
export const ORG_ROLE_HEADS = new Set([
  'wing', 'group', 'firm', 'company', 'agency', 'newspaper', 'paper', 'carrier', 'airline', 'party', 'ministry',
  'department', 'broadcaster', 'network', 'service', 'outfit', 'organisation', 'organization', 'giant', 'maker',
  'magazine', 'daily', 'tabloid', 'website', 'body', 'regulator', 'watchdog', 'charity', 'union', 'movement', 'tribe',
  'bank', 'lender', 'insurer', 'retailer', 'operator', 'provider', 'club', 'team', 'band', 'channel', 'station',
  'distributor', 'publisher', 'producer', 'manufacturer', 'supplier', 'owner', 'parent', 'subsidiary', 'affiliate',
  'force', 'board', 'authority', 'command', 'commission', 'coalition', 'alliance', 'faction', 'wing', 'arm',
]);

/** Sports a club plays, longest first where one holds another ("water polo" before "polo"). */
export const SPORT_NAMES = /\b(rugby sevens|rugby league|rugby union|water polo|ice hockey|field hockey|beach volleyball|football|soccer|rugby|basketball|handball|volleyball|netball|cricket|hockey|baseball|futsal|softball|polo)\b/gi;

/** Roles that belong to a team ("captain", "head coach"). */
export const TEAM_ROLES =
  /^(?:head |assistant )?(?:captain|coach|manager|skipper|striker|goalkeeper|keeper|midfielder|defender|winger|wing|forward|centre|center|fly-half|scrum-half|full-back|fullback|halfback|(?:first )?five-eighth|prop|hooker|lock|flanker|number eight|(?:loosehead|tighthead) prop|opener|wicketkeeper|spinner|paceman|all-rounder|(?:centre|center|left|right|wing)-back|quarterback|pitcher|point guard|guard)$/i;

/** A company officer's title that names no company ("chief executive", "Chairwoman", "CFO"). */
export const OFFICER_TITLES =
  /^(?:(?:president and |founder and )?(?:chief (?:executive|financial|operating|technology|commercial|investment) (?:officer)?|chief executive|managing director|(?:finance|financial|operations|commercial|executive|sales) director|chairman|chairwoman|chairperson|CEO|CFO|COO|CTO))$/i;

/**
 * Roles that are held in an organisation and say which only when written with it ("the
 * spokesperson", "the head teacher", "managing director"): [1] the role's head, after its
 * modifiers. Not a bare "president", "director" or "secretary": a country's president, a
 * film's director and a shadow minister's title are written the same way.
 */
export const ORG_HELD_ROLES =
  /^(?:(?:deputy|acting|assistant|interim|senior|chief|head|associate)[ -])*(spokesperson|spokesman|spokeswoman|spokesmen|head teacher|headteacher|headmaster|headmistress|principal|rector|governor|chairman|chairwoman|chairperson|chair|vice-president|(?:managing|executive|finance|deputy|technical|sporting|sports) director|secretary-general|general secretary|treasurer|imam|pastor|priest|vicar|captain|coach|manager|skipper)$/i;

/** Common nouns that stand for a named organisation ("the college", "the company"). */
export const ORG_NOUNS = new Set([
  'college', 'company', 'firm', 'group', 'party', 'agency', 'council', 'trust', 'board', 'university', 'ministry',
  'department', 'club', 'team', 'union', 'association', 'bank', 'airline', 'army', 'commission', 'committee',
  'institute', 'foundation', 'charity', 'court', 'police', 'service', 'authority', 'network', 'newspaper', 'court',
  'cooperative', 'co-operative', 'hospital', 'league', 'tribunal', 'school', 'federation', 'society', 'alliance',
  'collective', 'centre', 'center', 'museum', 'festival', 'church', 'mosque', 'orchestra', 'choir', 'academy',
  'masjid', 'temple', 'parish', 'synagogue', 'gurdwara', 'monastery', 'cathedral', 'initiative', 'project',
  'programme', 'program', 'campaign', 'forum', 'coalition', 'movement', 'institution', 'utility',
]);

/** Adjectives before an organisation's name that say what it is ("the opposition X", "the ruling Y"). */
export const ORG_MODIFIERS = /(?:^|[^\p{L}])the\s+((?:opposition|ruling|governing|rival|militant|separatist|rebel|state-owned|state-run|banned|outlawed|hardline|far-right|far-left|centre-left|centre-right|conservative|liberal|nationalist|islamist|opposition-led))\s+$/iu;

/** Endings of lower-case job nouns not in the lists ("ecologist", "biostatistician", "oceanographer"; "geographer", "demographer" with a shorter stem). */
export const ROLE_SUFFIX = /^\p{Ll}[\p{Ll}-]{3,}(?:ologist|ogist|ist|ician|ographer|ator|eer|ant)$|^\p{Ll}[\p{Ll}-]+(?:ographer|ologist)$/u;

/** Speech verbs that put a description next to its speaker ("said the coach"). */
export const SPEECH = '(?:said|says|added|told|noted|stated|explained|warned|complained|insisted|argued|claimed|admitted|wrote|tweeted)';

/** Abbreviated titles spelled out in roles ("Sen." → "Senator"). */
export const ABBREVIATED_TITLES: Record<string, string> = {
  sen: 'Senator', rep: 'Representative', gov: 'Governor', gen: 'General', lt: 'Lieutenant', col: 'Colonel',
  maj: 'Major', capt: 'Captain', prof: 'Professor', det: 'Detective', insp: 'Inspector', supt: 'Superintendent',
  sgt: 'Sergeant', cmdr: 'Commander', adm: 'Admiral', brig: 'Brigadier', cpl: 'Corporal', pvt: 'Private',
  coun: 'Councillor', cllr: 'Councillor', clr: 'Councillor',
  pc: 'Police Constable', dc: 'Detective Constable', ds: 'Detective Sergeant', di: 'Detective Inspector',
};

/** Words that end a description written before a name ("according to fleet operator X"). */
export const DESCRIPTOR_STOP = /^(?:the|a|an|and|or|but|nor|of|to|by|from|with|at|in|on|for|as|said|says|told|according|including|his|her|its|their|our|my|your|this|that|these|those|is|was|are|were|be|been|being|has|have|had|who|whom|which|while|when|where|after|before|than|like|against|between|among|about|over|under|into|via|per|if|then|also|not|no|new|other|both|all|some|many|more|most|said|thanked|met|named|called|became|becomes|become|led|joined|beat|beating|face|facing|signed)$/i;

/** Words a title phrase may hold between its head and the name ("minister of mines and energy X"). */
export const TITLE_FIELD_JOINERS = /^(?:and|&|the)$/i;

/** A photo-credit line: the name right after the label is the photographer ("Photo: X/Agency"). */
/** One label of a photo credit, to find the one nearest a name. */
export const CREDIT_LABEL = /\b(?:Photograph|Photographs|Photo|Photos|Photographer|Picture|Pictures|Credit|Credits|Image|Images)(?: by)?:|©/g;

export const PHOTO_CREDIT = /(?:\b(?:Photograph|Photographs|Photo|Photos|Photographer|Picture|Pictures|Credit|Credits|Image|Images)(?: by)?:|©)[ \t]*[^\n]*/g;
