/**
 * The words attribution hangs on: speech verbs (every inflection), pronouns with their
 * gender, role nouns of descriptions ("the spokesman", "the company"), and prepositions
 * that put a name out of subject position.
 */

/** Speech and writing verbs, in base form. */
const SPEECH_VERBS = [
  'say', 'tell', 'add', 'note', 'stress', 'warn', 'insist', 'explain', 'write', 'tweet', 'ask', 'reply',
  'argue', 'claim', 'urge', 'announce', 'admit', 'recall', 'describe', 'comment', 'declare', 'complain',
  'concede', 'confirm', 'deny', 'suggest', 'acknowledge', 'assert', 'emphasise', 'emphasize', 'observe',
  'remark', 'reveal', 'predict', 'vow', 'boast', 'quip', 'continue', 'conclude', 'testify', 'maintain',
  'respond', 'retort', 'caution', 'agree', 'allege', 'assure', 'exclaim', 'grumble', 'inform', 'lament',
  'mention', 'mutter', 'plead', 'proclaim', 'reassure', 'recount', 'reiterate', 'remind', 'shout', 'sigh',
  'speculate', 'threaten', 'underline', 'underscore', 'whisper', 'wonder', 'bemoan', 'criticise', 'criticize',
  'blast', 'speak', 'counter', 'interject', 'advise', 'recommend', 'propose', 'point', 'muse', 'opine',
  'scoff', 'tout', 'brag', 'concur', 'clarify', 'elaborate', 'affirm', 'contend', 'hail', 'thunder',
  'acknowledge', 'apologise', 'apologize', 'accuse', 'insist', 'pledge', 'believe', 'condemn', 'dismiss',
  'lambast', 'decry', 'deplore', 'applaud', 'welcome',
];

/** Verbs that are also common nouns: only their -ed and -ing forms count as speech verbs. */
const NOUNISH_VERBS = [
  'state', 'report', 'question', 'object', 'charge', 'post', 'answer', 'express', 'cry', 'joke', 'promise',
  'demand', 'repeat', 'protest', 'hint', 'estimate', 'forecast', 'quote', 'blame', 'signal', 'call',
  'slate', 'attack', 'praise', 'brand', 'label', 'dub', 'term', 'warn',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  point: ['pointed', 'pointing'],
  forecast: ['forecast', 'forecasting'],
};

const DOUBLING = new Set(['admit', 'quip', 'regret', 'commit', 'plan', 'snap', 'stop', 'dub']);

function inflect(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return irregular;
  const cy = /[^aeiou]y$/.test(base);
  const s = /(?:s|sh|ch|x|z)$/.test(base) ? base + 'es' : cy ? base.slice(0, -1) + 'ies' : base + 's';
  const stem = DOUBLING.has(base) ? base + base.slice(-1) : base;
  const ed = base.endsWith('e') ? base + 'd' : cy ? base.slice(0, -1) + 'ied' : stem + 'ed';
  const ing = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) + 'ing' : stem + 'ing';
  return [base, s, ed, ing];
}

/** Every inflected form of a speech verb, lower-case. */
export const SPEECH_VERB_FORMS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS.flatMap(inflect),
  ...NOUNISH_VERBS.flatMap((v) => inflect(v).slice(2)),
]);

/** Verbs that report what someone said without quoting it ("described an office buried in forms"), in base form. */
const REPORTING_VERBS = ['say', 'tell', 'describe', 'explain', 'insist', 'argue', 'recall', 'admit', 'testify', 'complain', 'acknowledge', 'maintain'];

/** Their present third-person and past forms ("says", "said"), lower-case. */
export const REPORTING_VERB_FORMS: ReadonlySet<string> = new Set(REPORTING_VERBS.flatMap((v) => inflect(v).slice(1, 3)));

/** "said" style forms: past tense and present third person. */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERB_FORMS.has(word.toLowerCase());
}

/** Verbs that speak only with the word after them ("He put it simply: “…”"): verb form → that word. */
const SPEECH_PHRASES: ReadonlyMap<string, string> = new Map([['put', 'it']]);

/** Whether `word` followed by `next` is a phrase of speech though the verb alone is not one. */
export function isSpeechPhrase(word: string, next: string | undefined): boolean {
  return next !== undefined && SPEECH_PHRASES.get(word.toLowerCase()) === next.toLowerCase();
}

/** Auxiliaries and adverbs that may stand between a subject and its speech verb. */
export const VERB_FILLERS = new Set([
  'has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'also', 'later', 'then', 'further',
  'again', 'previously', 'earlier', 'once', 'recently', 'simply', 'just', 'only', 'repeatedly', 'reportedly',
  'publicly', 'privately', 'openly', 'firmly', 'flatly', 'bluntly', 'angrily', 'quietly', 'last', 'has',
  'been', 'being', 'did', 'does', 'do', 'not', 'never', 'still', 'even', 'herself', 'himself', 'itself',
  'themselves', 'however', 'subsequently', 'finally', 'first', 'often', 'always', 'had', 'could', 'can',
  'may', 'might', 'should', 'shall', 'already', 'emphatically', 'cheerfully', 'calmly', 'tearfully',
]);

/** Grammatical gender of a person, as far as the text and names tell. */
export type Gender = 'male' | 'female' | 'unknown';

/**
 * Third-person pronouns that can be the subject of a speech verb. ("I" and "we" outside
 * quotes are the reporter or their outlet, never an actor of the story.)
 */
export const PRONOUNS: Record<string, { gender: Gender; type: 'person' | 'organization' | 'any' }> = {
  he: { gender: 'male', type: 'person' },
  she: { gender: 'female', type: 'person' },
  it: { gender: 'unknown', type: 'organization' },
  they: { gender: 'unknown', type: 'any' },
};

/** Head nouns of descriptions that refer to an organization ("the company said"). */
export const ORG_NOUNS = new Set([
  'company', 'firm', 'group', 'paper', 'newspaper', 'agency', 'ministry', 'department', 'party', 'army',
  'military', 'police', 'government', 'airline', 'carrier', 'club', 'band', 'team', 'committee', 'council',
  'board', 'bank', 'union', 'court', 'statement', 'organisation', 'organization', 'charity', 'network',
  'broadcaster', 'channel', 'station', 'website', 'magazine', 'publisher', 'daily', 'outlet', 'wing',
  'office', 'embassy', 'commission', 'authority', 'regulator', 'watchdog', 'retailer', 'maker', 'manufacturer',
  'giant', 'operator', 'studio', 'label', 'university', 'school', 'hospital', 'service', 'institute',
  'federation', 'league', 'association', 'body', 'alliance', 'coalition', 'movement', 'outfit', 'insurer',
  'lender', 'developer', 'producer', 'supplier', 'platform', 'commentary', 'editorial', 'report', 'navy',
  'administration', 'cabinet', 'parliament', 'senate', 'congress', 'assembly', 'secretariat', 'directorate',
  'unit', 'force', 'forces', 'mission', 'delegation', 'organizers', 'organisers', 'brand', 'chain', 'group',
  'carmaker', 'automaker', 'drugmaker', 'chipmaker', 'startup', 'start-up', 'conglomerate', 'miner', 'exchange',
  'utility', 'broadcaster', 'ministry', 'agency', 'tribunal', 'panel', 'inquiry', 'prosecutors', 'fund',
  'campaign', 'foundation', 'trust', 'society', 'consortium', 'business', 'corporation', 'multinational',
  'communique', 'communiqué', 'declaration', 'resolution', 'summit',
]);

/** Singular of a head noun ("officials" → "official", "spokesmen" → "spokesman"). */
export function singular(word: string): string {
  if (/men$/.test(word)) return word.replace(/men$/, 'man');
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Head nouns of descriptions that refer to a person ("the spokesman said", "the 56-year-old said"). */
export const PERSON_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'premier', 'chancellor', 'secretary',
  'chairman', 'chairwoman', 'chair', 'chief', 'director', 'executive', 'official', 'officer', 'leader', 'head',
  'coach', 'manager', 'captain', 'skipper', 'player', 'striker', 'analyst', 'economist', 'expert', 'scientist',
  'researcher', 'professor', 'lawyer', 'attorney', 'judge', 'senator', 'governor', 'mayor', 'ambassador',
  'envoy', 'diplomat', 'general', 'commander', 'colonel', 'editor', 'reporter', 'correspondent', 'journalist',
  'author', 'writer', 'actor', 'actress', 'singer', 'star', 'comedian', 'artist', 'musician', 'director',
  'producer', 'founder', 'owner', 'boss', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother',
  'sister', 'widow', 'man', 'woman', 'boy', 'girl', 'mp', 'lawmaker', 'legislator', 'congressman',
  'congresswoman', 'politician', 'candidate', 'activist', 'campaigner', 'doctor', 'nurse', 'teacher',
  'student', 'victim', 'witness', 'survivor', 'resident', 'elder', 'veteran', 'adviser', 'advisor',
  'aide', 'defendant', 'accused', 'suspect', 'plaintiff', 'claimant', 'appellant', 'complainant', 'prosecutor', 'inspector', 'detective', 'superintendent', 'constable', 'sergeant', 'ceo', 'cfo',
  'chairperson', 'pilot', 'oceanographer', 'specialist', 'whisperer', 'ranger', 'source', 'fly-half',
  'centre', 'forward', 'midfielder', 'defender', 'goalkeeper', 'batsman', 'bowler', 'veteran', 'mp',
  'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'cleric', 'imam', 'priest', 'bishop',
  'commissioner', 'administrator', 'representative', 'delegate', 'negotiator', 'member', 'partner',
  'consultant', 'strategist', 'historian', 'psychologist', 'physician', 'surgeon', 'engineer', 'designer',
  'entrepreneur', 'businessman', 'businesswoman', 'businessperson', 'investor', 'trader', 'banker',
  'farmer', 'worker', 'employee', 'driver', 'officer', 'soldier', 'fighter', 'rebel', 'militant',
  'comedian', 'presenter', 'host', 'broadcaster', 'novelist', 'poet', 'photographer', 'filmmaker',
  'lecturer', 'economist', 'chef', 'designer', 'vicar', 'councillor', 'councilor', 'trustee', 'guard',
  'teenager', 'youngster', 'pensioner', 'grandmother', 'grandfather', 'uncle', 'aunt', 'cousin', 'friend',
  'neighbour', 'neighbor', 'colleague', 'rival', 'opponent', 'critic', 'supporter', 'fan', 'dad', 'mum', 'mom',
]);

/** Role nouns that mark a female or male person. */
export const FEMALE_NOUNS = new Set([
  'spokeswoman', 'chairwoman', 'actress', 'mother', 'daughter', 'wife', 'sister', 'widow', 'woman', 'girl',
  'congresswoman', 'businesswoman', 'queen', 'princess', 'grandmother', 'aunt', 'mum', 'mom', 'lady', 'mrs',
  'ms', 'miss', 'dame', 'madam',
]);
export const MALE_NOUNS = new Set([
  'spokesman', 'chairman', 'father', 'son', 'husband', 'brother', 'man', 'boy', 'congressman', 'businessman',
  'king', 'prince', 'grandfather', 'uncle', 'dad', 'mr', 'sir', 'lord', 'father', 'monsignor',
]);

/** Prepositions after which a name is not the subject of the clause. */
export const PREPOSITIONS = new Set([
  'of', 'at', 'for', 'with', 'from', 'to', 'in', 'on', 'by', 'about', 'over', 'against', 'than', 'into',
  'like', 'between', 'among', 'under', 'after', 'before', 'during', 'without', 'within', 'behind', 'near',
  'towards', 'toward', 'through', 'across', 'including', 'and', 'or', 'via', 'per', 'upon', 'onto',
]);
