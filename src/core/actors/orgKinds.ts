/**
 * What kind of organisation a name says it is, from general knowledge of how organisations
 * are named ("Dunmere University" → "university", "The Evening Lantern" → "newspaper",
 * "Orton Rovers" → "team"), for organisations the text describes no other way.
 */

/** Last words of a name that say the kind, spelled as the kind ("Ministry" → "ministry"). */
const HEAD_KINDS: Record<string, string> = {
  university: 'university', college: 'college', school: 'school', academy: 'academy', institute: 'institute',
  party: 'party', court: 'court', tribunal: 'tribunal', ministry: 'ministry', department: 'department',
  bank: 'bank', union: 'union', council: 'council', agency: 'agency', commission: 'commission',
  committee: 'committee', army: 'army', navy: 'navy', police: 'police', constabulary: 'police', trust: 'trust',
  foundation: 'foundation', charity: 'charity', society: 'society', association: 'association', federation: 'federation',
  authority: 'authority', board: 'board', office: 'office', parliament: 'parliament', assembly: 'assembly',
  senate: 'senate', congress: 'congress', government: 'government', church: 'church', hospital: 'hospital',
  museum: 'museum', library: 'library', airline: 'airline', airlines: 'airline', airways: 'airline',
  group: 'group', company: 'company', corporation: 'company', corp: 'company', inc: 'company', ltd: 'company',
  plc: 'company', llc: 'company', gmbh: 'company', co: 'company', holdings: 'company', industries: 'company',
  limited: 'company', tbk: 'company', asa: 'company', ag: 'company', sa: 'company', nv: 'company', bv: 'company',
  ab: 'company', oy: 'company', spa: 'company', srl: 'company', sarl: 'company', bhd: 'company', berhad: 'company',
  jsc: 'company', pjsc: 'company', ltda: 'company', pty: 'company',
  systems: 'company', technologies: 'company', motors: 'company', ventures: 'venture capital firm', capital: 'investment firm',
  partners: 'firm', exchange: 'exchange', network: 'network', broadcasting: 'broadcaster', radio: 'radio station',
  television: 'broadcaster', tv: 'broadcaster', coalition: 'coalition', alliance: 'alliance', front: 'movement',
  movement: 'movement', league: 'league', chamber: 'chamber', guild: 'guild', cooperative: 'cooperative', collective: 'collective',
  regiment: 'regiment', brigade: 'brigade', battalion: 'battalion', force: 'force', forces: 'armed forces',
  service: 'service', services: 'service', unit: 'unit', squad: 'squad', cabinet: 'cabinet', secretariat: 'secretariat',
  // Newspapers and magazines.
  times: 'newspaper', post: 'newspaper', courier: 'newspaper', herald: 'newspaper', gazette: 'newspaper',
  news: 'news outlet', ledger: 'newspaper', tribune: 'newspaper', chronicle: 'newspaper', journal: 'newspaper',
  telegraph: 'newspaper', observer: 'newspaper', inquirer: 'newspaper', examiner: 'newspaper', dispatch: 'newspaper',
  sentinel: 'newspaper', advertiser: 'newspaper', bulletin: 'newspaper', globe: 'newspaper', recorder: 'newspaper',
  magazine: 'magazine', spectator: 'magazine', economist: 'magazine', weekly: 'magazine', monthly: 'magazine',
  // Sports clubs.
  united: 'team', rovers: 'team', athletic: 'team', wanderers: 'team', albion: 'team', rangers: 'team', fc: 'team',
  afc: 'team', hotspur: 'team', harriers: 'team', olympique: 'team', thistle: 'team', argyle: 'team', orient: 'team',
};

/** First words that make the name a newspaper's ("Daily Lantern", "Sunday Beacon", "Diario El Faro"). */
const NEWSPAPER_FIRST = /^(?:the\s+)?(?:daily|sunday|evening|morning|weekly|diario|diário|jornal|periódico|periodico|gazeta|gazzetta|dziennik)\s+\p{Lu}/iu;

/** The kind of organisation a name's own words say it is, or null. */
export function orgKind(name: string): string | null {
  const words = name.replace(/[.,]+$/, '').split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return null;
  if (words.length >= 2 && NEWSPAPER_FIRST.test(name)) return 'newspaper';
  if (/\bPress(?:e)?\b/.test(name) && !/\bUniversity Press\b/.test(name)) return 'news agency';
  if (/\bUniversity Press\b/.test(name)) return 'publisher';
  // "Ministry of Ports", "University of Dunmere", "Committee on Fisheries": the head comes before "of".
  const ofAt = words.findIndex((w, i) => i > 0 && /^(?:of|on|for)$/i.test(w));
  const head = (ofAt > 0 ? words[ofAt - 1]! : words[words.length - 1]!).toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
  if (words.length === 1 && !/^(?:fc|afc)$/i.test(head)) return null;
  const kind = HEAD_KINDS[head];
  if (!kind) {
    // "FC Lindholm", "AFC Wimbledon"; "Lindholm City" is a place as often as a club.
    if (/^A?FC$/.test(words[0]!)) return 'team';
    return null;
  }
  return kind;
}

/** Lower-case job nouns that the general lexicon lacks (a suffix rule covers -ist, -ician ...). */
export const EXTRA_ROLE_NOUNS = new Set([
  'counsel', 'coroner', 'postman', 'postwoman', 'racer', 'organiser', 'organizer', 'barrister', 'solicitor',
  'constable', 'magistrate', 'campaigner', 'resident', 'shopkeeper', 'trader', 'landlord', 'tenant', 'pensioner',
  'volunteer', 'midwife', 'nurse', 'paramedic', 'firefighter', 'grower', 'smallholder', 'founder', 'co-founder',
  'owner', 'chairwoman', 'chairperson', 'challenger', 'challengers', 'rival', 'widow', 'widower', 'fiancee',
  'fiancée', 'fiance', 'partner', 'relative', 'cousin', 'nephew', 'niece', 'grandson', 'granddaughter', 'stepson',
  'stepdaughter', 'rider', 'cyclist', 'driver', 'passenger', 'pilot', 'fan', 'supporter', 'veteran', 'investor',
  'shareholder', 'donor', 'trustee', 'governor', 'headteacher', 'headmaster', 'headmistress', 'lecturer', 'student',
  'treasurer', 'clerk', 'registrar', 'caretaker', 'warden', 'ranger', 'curator', 'steward', 'bailiff', 'chef', 'baker',
  'butcher', 'plumber', 'electrician', 'builder', 'carpenter', 'mechanic', 'postmaster', 'landlady', 'vicar', 'rector',
  'imam', 'rabbi', 'priest', 'chaplain', 'bishop', 'angler', 'skipper', 'fisherman', 'fishermen', 'crofter',
  // Trades and jobs of street, market and workshop ("the warehouse's night guard", "a fruit vendor").
  'guard', 'vendor', 'seller', 'hawker', 'tailor', 'cook', 'weaver', 'potter', 'herder', 'shepherd', 'labourer',
  'laborer', 'porter', 'cleaner', 'janitor', 'cashier', 'waiter', 'waitress', 'barber', 'hairdresser', 'welder',
  'bricklayer', 'miner', 'dockworker', 'stevedore', 'boatbuilder', 'blacksmith', 'cobbler', 'vintner', 'beekeeper',
  // Sportspeople ("Kenyan swimmer X", "his team-mate Y").
  'athlete', 'sprinter', 'runner', 'hurdler', 'jumper', 'swimmer', 'diver', 'boxer', 'wrestler', 'golfer', 'skater',
  'skier', 'rower', 'sailor', 'fencer', 'archer', 'climber', 'surfer', 'marathoner', 'team-mate', 'teammate',
  // Musicians by voice ("our baritone, X", "the conductor X").
  'tenor', 'soprano', 'mezzo-soprano', 'contralto', 'baritone', 'countertenor', 'conductor', 'fisher',
]);

/** Family nouns: the owner of "his wife" usually shares the family name. */
export const KIN_NOUNS = /^(?:wife|husband|son|daughter|brother|sister|mother|father|mum|dad|grandmother|grandfather|grandson|granddaughter|widow|widower|uncle|aunt|nephew|niece|cousin|stepson|stepdaughter|parents?|children|child)$/i;

/** Org head nouns of descriptions beyond the common ones ("brokerage Fallow Capital"). */
export const EXTRA_ORG_HEADS = new Set([
  'brokerage', 'exchange', 'consultancy', 'consortium', 'conglomerate', 'chipmaker', 'carmaker', 'drugmaker',
  'automaker', 'developer', 'designer', 'investor', 'fund', 'outlet', 'organiser', 'organizer', 'broker', 'trust',
  'council', 'court', 'university', 'school', 'hospital', 'society', 'association', 'institute', 'foundation',
  'league', 'side', 'trader', 'tank', 'think-tank', 'airline', 'carrier', 'retailer', 'supermarket', 'chain', 'supplier', 'exporter', 'importer', 'utility', 'startup', 'start-up', 'platform', 'app',
]);
