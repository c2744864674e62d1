/**
 * Compact, generic word lists (lower case) that complement compromise's lexicon:
 * titles, role nouns, organisation and place head words, a few world-knowledge place
 * names compromise lacks. Nothing here is taken from the evaluation texts.
 */

/**
 * Academic and professional titles written before names in Central European and Latin
 * American news ("JUDr. Eva Malá", "Mgr. Jan Dvořák", "Abg. Luis Ortiz", "Lic. Ana Ruiz"):
 * formal titles, honorifics that say no office, and abbreviations the tokenizer keeps with
 * their full stop.
 */
export const ACADEMIC_TITLES = ['mgr', 'judr', 'mudr', 'phdr', 'rndr', 'mvdr', 'abg', 'lic', 'dra', 'arq'];

/** Titles written before a name ("General", "Mr", "Prime Minister" = modifier + title). */
export const FORMAL_TITLES = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'father', 'imam', 'rabbi', 'sheikh', 'sheik', 'cardinal', 'pope', 'archbishop', 'bishop', 'ayatollah', 'mullah', 'maulana',
  'monsignor', 'patriarch',
  'gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'cmdr', 'commander',
  'adm', 'admiral', 'brig', 'brigadier', 'sgt', 'sergeant', 'cpl', 'corporal', 'pvt', 'private', 'marshal', 'commodore',
  'president', 'minister', 'premier', 'secretary', 'undersecretary', 'senator', 'sen', 'rep', 'representative', 'congressman',
  'congresswoman', 'governor', 'gov', 'mayor', 'chancellor', 'ambassador', 'chairman', 'chairwoman', 'chairperson',
  'speaker', 'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'judge', 'justice', 'magistrate',
  'inspector', 'superintendent', 'detective', 'constable', 'commissioner', 'councillor', 'councilor', 'coach',
  'det', 'insp', 'supt', 'dci',
  'chief', 'director', 'envoy', 'mp', 'mep', 'mla', 'mna', 'senior', 'deputy', 'ceo',
  // Courtesy and professional titles of Commonwealth, West African and Southeast Asian news.
  'hon', 'honourable', 'honorable', 'cllr', 'coun', 'clr', 'barr', 'engr', 'alhaji', 'alhaja', 'datuk', 'dato', 'datin', 'pastor',
  'atty',
  // Honorifics of East African, Lusophone/Hispanic and South Asian news ("Mzee", "Dona", "Shri", "Smt").
  'mzee', 'dona', 'doña', 'shri', 'smt',
  // Setswana "Mma"/"Rra" (Mrs/Mr), French lawyers' "Maître".
  'mma', 'rra', 'maître', 'maitre',
  // Malay honorifics of Brunei ("Awang"/"Dayang": Mr/Ms). Not "Haji": it is written inside names as often.
  'awang', 'dayang',
  // Trade unions' and liberation movements' courtesy title ("Comrade Ada Obi", "Cde Ada Obi").
  'comrade', 'cde',
  ...ACADEMIC_TITLES,
];

/** Words that go with a title: "Prime", "Vice", "Foreign", "Press", "Lt." ... */
export const TITLE_MODIFIERS = [
  'prime', 'vice', 'deputy', 'foreign', 'defence', 'defense', 'finance', 'interior', 'home', 'press', 'chief', 'senior',
  'former', 'acting', 'interim', 'assistant', 'associate', 'joint', 'executive', 'crown', 'field', 'air', 'rear', 'resident',
  'attorney', 'first', 'grand', 'supreme', 'federal', 'state', 'provincial', 'junior', 'general', 'lieutenant',
  'lt', 'gen', 'col', 'maj', 'brig', 'sgt', 'ex', 'late', 'then', 'outgoing', 'incoming', 'top', 'opposition', 'cabinet', 'shadow',
  'education', 'health', 'trade', 'energy', 'information', 'economy', 'economic', 'treasury', 'justice', 'labour',
  'agriculture', 'transport', 'culture', 'sports', 'commerce', 'industry', 'petroleum', 'planning', 'water',
  'railways', 'communications', 'environment', 'presidential', 'managing', 'police', 'army', 'military', 'team',
  'club', 'party', 'union', 'group', 'company', 'national', 'regional', 'district', 'county', 'city', 'public',
  'affairs', 'relations', 'development', 'security', 'works', 'resources', 'tourism', 'youth', 'welfare', 'housing',
  'fisheries', 'mines', 'technology', 'science', 'sport', 'immigration',
];

/** Lower-case role nouns a name may follow or an apposition may hold ("spokesman", "analyst"). */
export const ROLE_NOUNS = [
  'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'leader', 'leaders', 'boss', 'head', 'chief', 'official', 'officials',
  'editor', 'reporter', 'journalist', 'journalists', 'correspondent', 'columnist', 'writer', 'author', 'photographer',
  'presenter', 'broadcaster', 'anchor', 'analyst', 'analysts', 'economist', 'strategist', 'scientist', 'researcher',
  'oceanographer', 'professor', 'lecturer', 'expert', 'experts', 'specialist', 'adviser', 'advisor', 'aide', 'aides',
  'envoy', 'diplomat', 'lawyer', 'attorney', 'barrister', 'solicitor', 'prosecutor', 'judge', 'officer', 'inspector',
  'detective', 'ranger', 'commander', 'soldier', 'coach', 'manager', 'skipper', 'captain', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'forward', 'winger', 'fly-half', 'scrum-half', 'batsman', 'bowler', 'player', 'players',
  'champion', 'driver', 'rider', 'star', 'stars', 'actor', 'actress', 'comedian', 'singer', 'musician', 'rapper',
  'director', 'producer', 'chairman', 'chairwoman', 'executive', 'founder', 'co-founder', 'owner', 'president',
  'vice-president', 'minister', 'secretary', 'governor', 'mayor', 'senator', 'lawmaker', 'lawmakers', 'legislator',
  'politician', 'politicians', 'mp', 'member', 'members', 'activist', 'campaigner', 'businessman', 'businesswoman',
  'businessperson', 'entrepreneur', 'investor', 'banker', 'trader', 'ceo', 'cfo', 'chair', 'candidate', 'nominee',
  'elder', 'whisperer', 'doctor', 'surgeon', 'nurse', 'teacher', 'student', 'pilot', 'engineer', 'architect',
  'priest', 'cleric', 'bishop', 'imam', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister',
  'grandmother', 'grandfather', 'grandson', 'granddaughter', 'aunt', 'uncle', 'cousin', 'nephew', 'niece',
  'stepmother', 'stepfather', 'stepson', 'stepdaughter', 'girlfriend', 'boyfriend', 'fiancé', 'fiancée',
  'widow', 'colleague', 'rival', 'counterpart', 'successor', 'predecessor', 'deputy', 'assistant', 'negotiator',
  'mediator', 'commissioner', 'superintendent', 'constable', 'sergeant', 'general', 'colonel', 'admiral', 'king',
  'queen', 'prince', 'princess', 'premier', 'chancellor', 'ambassador', 'consul', 'delegate', 'representative',
  'militant', 'militants', 'rebel', 'rebels', 'commentator', 'pundit', 'critic', 'blogger', 'artist', 'designer',
  'novelist', 'poet', 'historian', 'economist', 'statistician', 'physician', 'psychologist', 'consultant', 'partner',
  'veteran', 'novice', 'rookie', 'teammate', 'compatriot', 'chief executive', 'ex-governor', 'governors',
  'hostage', 'victim', 'passenger', 'survivor', 'witness', 'resident', 'prisoner', 'detainee', 'suspect', 'relative',
  'fan', 'supporter', 'volunteer', 'worker', 'employee', 'staffer', 'contractor', 'farmer', 'fisherman', 'chef',
  'full-back', 'flanker', 'quarterback', 'pitcher', 'jockey', 'trainer', 'substitute', 'referee', 'umpire', 'coroner',
  'administrator', 'principal', 'chancellor', 'provost', 'registrar', 'curator', 'librarian', 'vicar',
  // Positions in team sports, written before a player's name ("hooker Sam Roe", "opener Ana Cruz").
  'prop', 'hooker', 'lock', 'flanker', 'number eight', 'halfback', 'five-eighth', 'first five-eighth', 'fullback',
  'centre', 'center', 'wing', 'openside', 'blindside', 'loosehead', 'tighthead', 'keeper', 'wicketkeeper', 'opener',
  'spinner', 'paceman', 'seamer', 'all-rounder', 'centre-back', 'center-back', 'left-back', 'right-back', 'wing-back',
  'playmaker', 'point guard', 'shooting guard', 'linebacker', 'receiver', 'catcher', 'shortstop', 'advocate',
  'convenor', 'convener',
  // Parties to a case, and people in everyday news described by what they are ("The plaintiff, X,", "Retiree X").
  'plaintiff', 'defendant', 'claimant', 'complainant', 'appellant', 'retiree', 'pensioner', 'commuter', 'villager',
  'vendor', 'herder', 'herdsman', 'pupil', 'tenant', 'homeowner', 'landowner', 'shopper', 'voter', 'labourer',
  'laborer', 'midwife', 'caregiver', 'carer', 'protester', 'protestor', 'organiser', 'stallholder', 'smallholder',
  'widower', 'motorist', 'pedestrian', 'parishioner', 'worshipper', 'grower',
];

/** Head words that end a news outlet's name ("... Press Agency", "... Ledger"): all are in ORG_HEADS too. */
export const OUTLET_HEADS = [
  'news', 'newswire', 'wire', 'press', 'agency', 'agencies', 'times', 'post', 'herald', 'journal', 'gazette', 'tribune',
  'telegraph', 'chronicle', 'standard', 'guardian', 'observer', 'mail', 'express', 'mirror', 'courier', 'dispatch',
  'ledger', 'sentinel', 'bulletin', 'register', 'advertiser', 'argus', 'clarion', 'monitor', 'examiner', 'inquirer',
  'globe', 'star', 'sun', 'review', 'weekly', 'daily', 'magazine', 'gazeta', 'gazzetta', 'desk',
];

/** Head words that end an organisation's name ("... Party", "... Ministry", "... Inc"). */
export const ORG_HEADS = [
  'party', 'ministry', 'committee', 'court', 'council', 'agency', 'bank', 'group', 'corp', 'corp.', 'corporation',
  'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'llc', 'co', 'co.', 'company', 'companies', 'university', 'association', 'commission',
  'army', 'navy', 'police', 'front', 'movement', 'authority', 'department', 'office', 'news', 'times', 'post',
  'herald', 'journal', 'gazette', 'tribune', 'telegraph', 'chronicle', 'standard', 'guardian', 'observer', 'mail',
  'express', 'mirror', 'independent', 'radio', 'tv', 'television', 'network', 'networks', 'broadcasting', 'institute',
  'foundation', 'federation', 'union', 'league', 'club', 'fc', 'board', 'bureau', 'service', 'services', 'forces',
  'force', 'guard', 'brigade', 'brigades', 'battalion', 'regiment', 'corps', 'command', 'legion', 'airlines', 'airline',
  'airways', 'air', 'motors', 'holdings', 'industries', 'securities', 'capital', 'partners', 'investments', 'research',
  'systems', 'technologies', 'technology', 'energy', 'petroleum', 'oil', 'gas', 'electric', 'pharmaceuticals',
  'communications', 'telecom', 'media', 'press', 'studios', 'records', 'entertainment', 'international', 'global',
  'worldwide', 'organisation', 'organization', 'organizations', 'society', 'trust', 'fund', 'alliance', 'coalition',
  'congress', 'parliament', 'assembly', 'senate', 'cabinet', 'government', 'administration', 'directorate',
  'secretariat', 'tribunal', 'commission', 'college', 'school', 'academy', 'industry', 'church', 'mosque', 'synod',
  'semiconductor', 'semiconductors', 'software', 'robotics', 'electronics', 'logistics', 'therapeutics',
  'brotherhood', 'taliban', 'jihad', 'mujahideen', 'exchange', 'reserve', 'chamber', 'council', 'caucus', 'faction',
  'wing', 'unit', 'squad', 'team', 'orchestra', 'band', 'ensemble', 'museum', 'laboratory', 'labs', 'lab',
  'sa', 'ag', 'nv', 'gmbh', 'spa', 'bv', 'ab', 'asa', 'bhd', 'pty', 'tbk', 'limited', 'incorporated', 'associates',
  'brothers', 'bros', 'sons', 'consortium', 'cooperative', 'co-operative', 'enterprises', 'ventures', 'motor',
  'bancorp', 'financial', 'insurance', 'assurance', 'group', 'magazine', 'review', 'weekly', 'daily', 'sinmun',
  'ilbo', 'shimbun', 'nation', 'sun', 'star', 'globe', 'examiner', 'inquirer', 'courier', 'monitor', 'dispatch',
  'wire', 'desk', 'collective', 'agencies', 'council', 'senate', 'parliament', 'republicans', 'democrats', 'conservatives', 'liberals',
  'solutions', 'logistics', 'consulting', 'engineering', 'construction', 'builders', 'aggregates', 'minerals',
  'mining', 'foods', 'products', 'supplies', 'textiles', 'pharma', 'biotech', 'shipping', 'ferries', 'developments',
  'properties', 'retail', 'stores', 'division', 'conference', 'festival', 'trust', 'iwi', 'caucus', 'forum',
  'mutual', 'guild', 'guilds', 'syndicate',
  // Newspapers and wires ("The Harbour Sentinel", "Meridian Newswire", "Coast Ledger").
  'ledger', 'sentinel', 'bulletin', 'newswire', 'register', 'advertiser', 'argus', 'clarion', 'gazeta', 'gazzetta',
  // Heads other languages put last ("Bildwerk Agentur", "Kencana Sekuritas", "Sayfa Yayınları",
  // "Kattegat Linjer", "Nordhavn Verlag"), and companies' heads in English ("Arcadia Mobility").
  'agentur', 'banka', 'sekuritas', 'hebdo', 'yayınları', 'yayinlari', 'gazete', 'dergisi', 'holding', 'gruppe',
  'gruppo', 'verlag', 'werke', 'linjer', 'linien', 'lines', 'verein', 'forening', 'forbund', 'kooperativ', 'stiftung',
  'universitet', 'zeitung', 'tidning', 'dagblad', 'nationalbank', 'sparebank', 'sparkasse', 'kommune', 'mobility',
  'coaches', 'artisans',
];

/** Words that open an organisation's name ("Bank of ...", "University of ..."). */
export const ORG_LEADS = [
  'bank', 'university', 'ministry', 'department', 'office', 'house', 'council', 'institute', 'republic', 'commission',
  'committee', 'board', 'federation', 'union', 'association', 'society', 'academy', 'college', 'school', 'church',
  'league', 'court', 'party', 'organisation', 'organization', 'movement', 'front', 'army', 'bureau', 'agency',
  'chamber', 'order', 'congress', 'parliament', 'senate', 'assembly', 'foundation', 'fund', 'museum', 'united',
  'friends', 'faculty',
];

/**
 * Institutions as languages that put the head first name them, in English copy
 * ("Universidad de la República", "Banco Andino", "Cooperativa Ulivo Nuovo"): the first word
 * alone says organisation.
 */
export const ORG_LEADS_HEAD_FIRST = [
  'universidad', 'universidade', 'université', 'universität', 'università', 'banco', 'banque', 'ministerio', 'ministério',
  'ministère', 'instituto', 'institut', 'asociación', 'associação', 'fundación', 'fundação', 'federación', 'federação',
  'sindicato', 'partido', 'parti', 'partai', 'comisión', 'comissão', 'consejo', 'conselho', 'conseil', 'colegio',
  'escuela', 'escola', 'école', 'cooperativa', 'coopérative', 'intendencia', 'municipalidad', 'prefeitura',
  'alcaldía', 'gobernación', 'fiscalía', 'procuraduría', 'defensoría', 'secretaría', 'tribunal', 'juzgado', 'corte',
  'diario', 'jornal', 'gazeta', 'gazzetta', 'clube', 'deportivo', 'atlético', 'sociedad', 'sociedade', 'société',
  'real', 'unión', 'união', 'syndicat', 'fédération',
  // Hospitals, companies, groups and publishers named head first ("Hospital Oshana", "Compagnie
  // Sel et Givre", "Grupo Andino"); not venues, which may be places ("Teatro del Sur").
  'hospital', 'hôpital', 'clínica', 'clinica', 'compagnie', 'companhia', 'compañía', 'empresa', 'grupo', 'groupe',
  'editorial', 'editora', 'orquesta', 'orchestre',
  'agencia', 'agência', 'agenzia', 'agence', 'fondazione', 'istituto', 'giornale', 'municipio',
];

/**
 * Last words of a sports club's name ("... Athletic", "... Rovers"). `ambiguous` ones also end
 * places ("... City", "... Vale"), so they say club only in a sports report.
 */
export const CLUB_SUFFIXES = {
  sure: ['united', 'athletic', 'deportivo', 'rovers', 'wanderers', 'albion', 'rangers', 'hotspur', 'argyle', 'orient', 'thistle', 'harriers', 'fc', 'afc', 'academicals', 'dynamo'],
  ambiguous: ['city', 'town', 'county', 'vale', 'villa', 'borough', 'alexandra', 'athletico', 'sporting', 'celtic'],
};

/**
 * Words that describe what a company or club is, after its distinctive name ("Lumora Systems
 * Inc", "Kingsford Athletic"): the name without them still names it ("Lumora", "Kingsford").
 */
export const ORG_DESIGNATORS = [
  'inc', 'ltd', 'plc', 'llc', 'corp', 'corporation', 'co', 'company', 'limited', 'group', 'holdings', 'systems',
  'technologies', 'technology', 'semiconductor', 'semiconductors', 'software', 'labs', 'industries', 'enterprises',
  'ventures', 'partners', 'capital', 'motors', 'airlines', 'airways', 'pharmaceuticals', 'therapeutics', 'networks',
  'electronics', 'robotics', 'foods', 'brands', 'media', 'energy', 'mining', 'logistics', 'gmbh', 'ag', 'sa', 'nv',
  'fc', 'afc', 'united', 'athletic', 'rovers', 'wanderers', 'albion', 'rangers', 'hotspur', 'argyle', 'orient',
  'thistle', 'harriers', 'city', 'town', 'county', 'vale', 'villa', 'construction', 'engineering', 'consulting',
  'homes', 'developments', 'properties', 'estates', 'services', 'international', 'global', 'solutions', 'resources',
  'associates', 'insurance', 'financial', 'bank', 'tbk',
  // Legal forms of companies abroad ("Vardholm ASA", "Kestrel Oyj", "Pinnacle Bhd", "Andes Ltda").
  'asa', 'oyj', 'oy', 'ab', 'bv', 'srl', 'sarl', 'sas', 'kk', 'bhd', 'berhad', 'pte', 'pty', 'jsc', 'pjsc', 'llp',
  'lp', 'sro', 'kft', 'zrt', 'ooo', 'ltda', 'sae', 'saa', 'sab', 'cía', 'cia',
];

/** Lower-case words that, several in one document, say it is a sports report. */
export const SPORT_WORDS = [
  'goal', 'goals', 'penalty', 'penalties', 'striker', 'midfielder', 'defender', 'goalkeeper', 'league', 'fixture',
  'fixtures', 'scored', 'scoring', 'equalised', 'equalized', 'equaliser', 'equalizer', 'referee', 'half-time',
  'halftime', 'kick-off', 'stoppage', 'substitute', 'innings', 'wicket', 'wickets', 'touchdown', 'relegation',
  'relegated', 'derby', 'semi-final', 'quarter-final', 'hat-trick', 'header', 'midfield', 'scorer', 'season',
  'match', 'matches', 'cup', 'coach', 'manager', 'champions', 'draw', 'drew', 'beat', 'win', 'won', 'victory',
  'defeat', 'supporters', 'fans', 'club', 'clubs', 'squad', 'tournament', 'playoff', 'play-off',
];

/** Head words that end a place's name ("... Island", "... Sea"). */
export const PLACE_HEADS = [
  'island', 'islands', 'isles', 'isle', 'beach', 'river', 'sea', 'ocean', 'lake', 'lakes', 'mountain', 'mountains',
  'mount', 'mt', 'hills', 'hill', 'valley', 'bay', 'gulf', 'coast', 'harbour', 'harbor', 'strait', 'straits', 'canal',
  'peninsula', 'desert', 'forest', 'province', 'county', 'district', 'region', 'territory', 'territories', 'prefecture',
  'airport', 'stadium', 'arena', 'park', 'square', 'street', 'st', 'road', 'avenue', 'boulevard', 'bridge',
  'headquarters', 'centre', 'center', 'hospital', 'prison', 'jail', 'palace', 'castle', 'cathedral', 'tower',
  'plaza', 'station', 'port', 'city', 'town', 'village', 'heights', 'plains', 'falls', 'springs', 'glacier', 'reef',
  'cape', 'delta', 'basin', 'plateau', 'ridge', 'canyon', 'creek', 'wharf', 'pier', 'dam', 'highway', 'motorway',
  'crescent', 'lane', 'way', 'stadion', 'oval', 'ground', 'gardens', 'garden', 'hall', 'abbey', 'temple', 'shrine',
  'mall', 'market', 'field', 'fields', 'estate', 'quarter', 'camp', 'base', 'oblast', 'krai', 'house', 'coastline',
  'library', 'guildhall', 'towers', 'lagoon', 'terminal', 'quay', 'marina', 'junction', 'barracks', 'stream', 'gorge',
  'wetlands', 'marsh', 'marshes', 'atoll', 'atolls',
  // Venues ("Kinloch Playhouse", "Harbourside Domain", "Eastfield Racecourse").
  'playhouse', 'domain', 'velodrome', 'racecourse', 'auditorium', 'amphitheatre', 'amphitheater', 'pavilion',
  'showground', 'showgrounds',
  // Roads, landforms and places of worship ("Kelso–Tarnby Expressway", "Orvane Spit", "Tarnby Jama Masjid").
  'expressway', 'freeway', 'spit', 'township', 'mandir', 'masjid', 'chapel', 'pagoda', 'monastery', 'synagogue',
  'gurdwara', 'basilica',
];

/** Words that open a place's name ("Lake …", "Mount …", "Estádio …"). */
export const PLACE_LEADS = [
  'lake', 'loch', 'lough', 'mount', 'mt', 'cape', 'isla', 'lago', 'lac', 'monte', 'estádio', 'estadio', 'stadio',
  'river', 'fort', 'port',
  // Streets, squares and districts as other languages name them ("Calle Sarandí", "Jalan Sultan", "Ciudad Vieja").
  'calle', 'avenida', 'rua', 'praça', 'rue', 'viale', 'piazza', 'jalan', 'ulica', 'aleja', 'barrio', 'colonia',
  'ciudad', 'cidade', 'puerto', 'río', 'sierra', 'cerro', 'laguna', 'bahía', 'playa', 'praia',
  'kampung', 'pulau', 'sungai', 'gunung', 'bukit', 'barangay', 'brgy', 'wadi', 'jebel', 'jabal',
  'paseo', 'plaza', 'boulevard', 'largo', 'estero', 'ilha', 'île', 'punta', 'cabo', 'golfo',
];

/**
 * Words for a trade or what a firm makes that end companies' names ("Sutlej Steel", "Contrail
 * Advisory", "Calloway Homes"), and that a person's surname may also be ("David Steel"):
 * they say organisation only when no first name opens the name.
 */
export const COMPANY_WORDS = [
  'steel', 'holding', 'advisory', 'advisers', 'advisors', 'consultancy', 'consultants', 'platinum', 'images',
  'pictures', 'films', 'productions', 'invest', 'investment', 'towing', 'haulage', 'transport', 'freight', 'cement', 'chemicals', 'plastics',
  'metals', 'apparel', 'beverages', 'breweries', 'brewery', 'distillers', 'dairies', 'farms', 'fisheries', 'hotels',
  'resorts', 'realty', 'infrastructure', 'utilities', 'aviation', 'aerospace', 'automotive', 'healthcare',
  'diagnostics', 'clinics', 'pharmacy', 'pharmacies', 'telecoms', 'telecommunications', 'digital', 'analytics',
  'finance', 'finserv', 'microfinance', 'leasing', 'trading', 'traders', 'exports', 'consumer', 'agro', 'agritech',
  'fintech', 'homes', 'estates', 'recovery', 'developers', 'outfitters', 'tyres', 'tires', 'textile', 'mills',
  'bakeries', 'foods', 'seeds', 'fertilisers', 'fertilizers', 'paints', 'motors', 'couriers', 'cargo', 'shipyards',
];

/** All-caps acronyms that are organisations ("EU", "UN", "NATO") though not in compromise's list. */
export const ORG_ACRONYM_HINTS = ['eu', 'un', 'nato', 'who', 'imf', 'opec', 'fifa', 'uefa', 'ioc', 'wto', 'asean', 'fbi', 'cia', 'nasa', 'bbc', 'cnn', 'afp', 'ap'];

/** Nationality adjectives compromise's lexicon lacks. */
export const DEMONYM_EXTRA = [
  'pakistani', 'iraqi', 'iranian', 'afghan', 'saudi', 'emirati', 'qatari', 'kuwaiti', 'yemeni', 'syrian', 'lebanese',
  'jordanian', 'palestinian', 'israeli', 'turkish', 'kurdish', 'egyptian', 'libyan', 'tunisian', 'moroccan',
  'algerian', 'sudanese', 'ethiopian', 'somali', 'kenyan', 'nigerian', 'ghanaian', 'ugandan', 'tanzanian',
  'rwandan', 'zimbabwean', 'zambian', 'south african', 'indian', 'bangladeshi', 'sri lankan', 'nepalese', 'nepali',
  'chinese', 'japanese', 'korean', 'taiwanese', 'vietnamese', 'thai', 'malaysian', 'indonesian', 'filipino',
  'singaporean', 'burmese', 'cambodian', 'australian', 'zealander', 'british', 'english', 'scottish', 'welsh',
  'irish', 'french', 'german', 'italian', 'spanish', 'portuguese', 'dutch', 'belgian', 'swiss', 'austrian',
  'swedish', 'norwegian', 'danish', 'finnish', 'icelandic', 'polish', 'czech', 'slovak', 'hungarian', 'romanian',
  'bulgarian', 'greek', 'serbian', 'croatian', 'bosnian', 'albanian', 'ukrainian', 'russian', 'belarusian',
  'georgian', 'armenian', 'azerbaijani', 'kazakh', 'uzbek', 'american', 'canadian', 'mexican', 'brazilian',
  'argentine', 'argentinian', 'chilean', 'colombian', 'peruvian', 'venezuelan', 'cuban', 'european', 'african',
  'asian', 'arab', 'arabic', 'latin', 'muslim', 'christian', 'jewish', 'hindu', 'sikh', 'buddhist', 'catholic',
  'protestant', 'sunni', 'shia', 'shiite', 'islamic', 'soviet',
  'maori', 'māori', 'aboriginal', 'pashtun', 'baloch', 'punjabi', 'sindhi', 'bengali', 'tamil', 'persian',
  'nazi', 'nazis', 'moslem', 'moslems', 'serb', 'serbs', 'croat', 'croats', 'jew', 'jews', 'yugoslav', 'arabs', 'kurd', 'kurds', 'dane', 'swede', 'finn', 'pole', 'scot', 'brit', 'briton', 'britons', 'yankee', 'iraqis', 'afghans',
];

/** Marks between an outlet's name and its section on a masthead line ("Vltava Post — Crime"). */
export const SECTION_SEPARATOR_MARKS = ['—', '–', '|', '·', '›', '»', '/'];

/** Prepositions after which a name is where something happens ("in Boston", "into Leeds"). */
export const LOCATIVE_PREPOSITIONS = ['in', 'at', 'into', 'to', 'from', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'via'];

/** Words no person's name opens with, capitalised inside an organisation's ("Centre Against Organised Crime"). */
export const NOT_NAME_OPENER_WORDS = [
  'against', 'for', 'of', 'on', 'in', 'at', 'to', 'with', 'without', 'by', 'over', 'under', 'across', 'between', 'among',
  'into', 'from', 'and', 'or', 'the',
];

/** Last words that name a product line's model ("MacBook Pro", "iPad Mini", "Galaxy Ultra"). */
export const PRODUCT_MODEL_WORDS = ['pro', 'max', 'mini', 'plus', 'ultra', 'lite', 'se', 'xl', 'xr', 'xs'];

/** Lower-case nouns of things a company makes and sells ("Orvane's handset"). */
export const PRODUCT_KIND_NOUNS = [
  'console', 'consoles', 'handset', 'handsets', 'smartphone', 'smartphones', 'phone', 'phones', 'laptop', 'laptops',
  'tablet', 'tablets', 'software', 'chip', 'chips', 'processor', 'processors', 'browser', 'app', 'apps', 'gadget',
  'gadgets', 'device', 'devices', 'headphones', 'earbuds', 'operating', 'computer', 'computers', 'charger', 'chargers',
  'keyboard', 'keyboards', 'camera', 'cameras',
];

/** Verbs after a name that say a company acts ("Kestrel introduced", "Orvane sells"). */
export const COMPANY_ACTION_VERBS = [
  'announced', 'launched', 'unveiled', 'released', 'introduced', 'sells', 'sold', 'makes', 'made', 'bought', 'acquired',
  'reported', 'posted', 'hired', 'cut', 'plans', 'said', 'says', 'told', 'confirmed', 'declined', 'denied', 'sued',
  'agreed', 'shipped', 'employs',
];

/** The sections of a news site, as a masthead line names them after the outlet ("The Courier | Sport"). */
export const SECTION_LABELS = [
  'news', 'world', 'politics', 'business', 'money', 'economy', 'markets', 'sport', 'sports', 'football', 'crime',
  'courts', 'justice', 'culture', 'arts', 'entertainment', 'music', 'film', 'books', 'science', 'technology', 'tech',
  'health', 'education', 'environment', 'climate', 'travel', 'lifestyle', 'food', 'opinion', 'comment', 'editorial',
  'features', 'analysis', 'local', 'national', 'international', 'regional', 'region', 'weather', 'obituaries',
  'letters', 'video', 'photos', 'live', 'religion', 'faith', 'agriculture', 'farming', 'transport', 'property',
];

/** Capitalised words that are never names on their own (sentence openers, headline words). */
export const COMMON_EXTRA = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'my', 'its', 'but', 'and', 'or', 'so', 'yet', 'if', 'when', 'while', 'as', 'after', 'before',
  'since', 'until', 'although', 'though', 'because', 'however', 'meanwhile', 'moreover', 'furthermore',
  'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which', 'whose', 'also', 'still', 'even', 'only', 'just',
  'photo', 'photograph', 'image', 'credit', 'updated', 'posted', 'follow', 'share', 'url', 'read', 'more', 'analysis',
  'main', 'short', 'related', 'advertisement', 'watch', 'video', 'caption', 'source', 'sources', 'copyright',
  'officials', 'authorities', 'police', 'government', 'people', 'children', 'women', 'men', 'pilots', 'experts',
  'searchers', 'investigators', 'relatives', 'participants', 'members', 'democrats', 'republicans',
  'clockwise', 'above', 'below', 'left', 'right', 'top', 'bottom', 'earlier', 'later', 'speaking', 'talking',
  'commenting', 'asked', 'despite', 'during', 'under', 'over', 'about', 'around', 'across', 'between', 'among',
  'against', 'without', 'within', 'into', 'onto', 'upon', 'via', 'per', 'by', 'with', 'from', 'to', 'for', 'of',
  'on', 'in', 'at', 'up', 'down', 'out', 'off', 'not', 'no', 'yes', 'all', 'both', 'each', 'every', 'some', 'any',
  'many', 'much', 'most', 'few', 'several', 'other', 'another', 'such', 'own', 'same', 'new', 'old', 'first',
  'last', 'next', 'then', 'now', 'today', 'tonight', 'yesterday', 'tomorrow', 'nothing', 'everything', 'something',
  'anything', 'nobody', 'everybody', 'somebody', 'anybody', 'none', 'one', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten', 'dear', 'please', 'thanks', 'thank', 'well', 'oh', 'ok', 'okay', 'bizarrely',
  'additional', 'reporting', 'writing', 'editing', 'edited', 'written', 'compiled', 'illustration', 'graphic',
  'country', 'countries', 'city', 'cities', 'vice', 'democratic', 'intelligence', 'security', 'climate', 'weather',
  'health', 'economy', 'business', 'politics', 'sport', 'sports', 'war', 'peace', 'talks', 'residents', 'protesters',
  'rescuers', 'troops', 'soldiers', 'officers', 'witnesses', 'doctors', 'scientists', 'researchers', 'analysts',
  'critics', 'voters', 'fans', 'prices', 'markets', 'investors', 'companies', 'firms', 'banks', 'schools', 'families',
  'students', 'teachers', 'workers', 'farmers', 'villagers', 'locals', 'survivors', 'victims', 'passengers', 'crews',
  'lawmakers', 'leaders', 'ministers', 'diplomats', 'negotiators', 'activists', 'campaigners', 'organisers',
  'organizers', 'judges', 'lawyers', 'prosecutors', 'detectives', 'emergency', 'breaking', 'exclusive', 'opinion',
  'editorial', 'comment', 'features', 'live', 'update', 'latest', 'pictures', 'photos', 'videos', 'gallery',
  'world', 'national', 'international', 'local', 'regional', 'global', 'public', 'private', 'federal', 'state',
  'revenue', 'revenues', 'outlook', 'summary', 'halftime', 'half-time', 'attendance', 'standings', 'results',
  'scorers', 'note', 'notes', 'total', 'totals', 'profit', 'profits', 'sales', 'turnover', 'earnings', 'dividend',
  'shares', 'stocks', 'bonds', 'trade', 'trading', 'market', 'index', 'output', 'exports', 'imports', 'inflation',
  'growth', 'budget', 'tax', 'taxes', 'rebels', 'traders', 'dealers', 'brokers', 'economists', 'players',
  'secondhand', 'overall', 'meanwhile', 'elsewhere', 'nonetheless', 'nevertheless', 'instead', 'indeed',
  'semifinals', 'quarterfinals', 'finals', 'final', 'round', 'squad', 'scoreboard', 'schedule', 'fixtures',
  'weather', 'forecast', 'temperatures', 'rain', 'storms', 'thunderstorms', 'prices', 'volume', 'volumes',
  'cricket', 'golf', 'baseball', 'soccer', 'tennis', 'rugby', 'athletics', 'boxing', 'cycling', 'motor', 'racing',
  'basketball', 'hockey', 'skiing', 'swimming', 'football', 'sailing', 'rowing', 'badminton', 'squash', 'snooker',
  'darts', 'motorcycling', 'equestrianism', 'yachting', 'triathlon', 'wrestling', 'judo', 'volleyball', 'handball',
  // Page furniture that opens a line ("Disclaimer: …", "Contributing: …").
  'disclaimer', 'contributing', 'correction', 'corrections', 'clarification', 'notice', 'sponsored', 'subscribe',
  'newsletter', 'tags', 'topics', 'keywords',
  // Degrees written after a name or in a biography ("Jane Roe, PhD", "an MBA from …").
  'phd', 'mba', 'msc', 'bsc', 'mphil', 'dphil', 'llb', 'llm', 'bcom', 'mcom', 'mfa',
  // Headline and page labels: a story's kind or an image's source, not a name.
  'explainer', 'handout', 'email', 'e-mail',
];

/** Place names compromise lacks: short forms, continents and large regions. */
export const PLACE_EXTRA = [
  'britain', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'europe', 'asia', 'africa',
  'america', 'north america', 'south america', 'latin america', 'central america', 'antarctica', 'oceania',
  'middle east', 'mideast', 'midwest', 'gulf', 'balkans', 'caribbean', 'scandinavia', 'siberia', 'kashmir', 'punjab', 'tibet', 'xinjiang',
  'gaza', 'gaza strip', 'west bank', 'jerusalem', 'crimea', 'donbas', 'darfur', 'kurdistan', 'catalonia',
  'korea', 'north korea', 'south korea', 'hong kong', 'taiwan', 'macau', 'new zealand', 'united states', 'united kingdom',
  'united arab emirates', 'soviet union', 'czech republic', 'ivory coast', 'east timor', 'sri lanka',
  'saudi arabia', 'south africa', 'south sudan', 'sub-saharan africa', 'south asia', 'southeast asia',
  'east asia', 'central asia', 'western europe', 'eastern europe', 'north africa', 'west africa', 'east africa',
  'pacific', 'atlantic', 'mediterranean', 'arctic', 'antarctic', 'himalayas', 'alps', 'andes', 'amazon', 'sahara',
  'kyiv', 'kiev', 'moscow', 'washington', 'new york', 'los angeles', 'london', 'paris', 'berlin', 'tokyo',
  'beijing', 'delhi', 'new delhi', 'mumbai', 'karachi', 'lahore', 'islamabad', 'kabul', 'tehran', 'baghdad',
  'riyadh', 'dubai', 'doha', 'cairo', 'nairobi', 'lagos', 'johannesburg', 'sydney', 'melbourne', 'seoul',
  'pyongyang', 'manila', 'jakarta', 'bangkok', 'hanoi', 'singapore', 'kuala lumpur', 'brussels', 'geneva',
  'vienna', 'rome', 'madrid', 'lisbon', 'athens', 'ankara', 'istanbul', 'warsaw', 'prague', 'budapest',
  'bucharest', 'sofia', 'belgrade', 'zagreb', 'stockholm', 'oslo', 'copenhagen', 'helsinki', 'dublin',
  'edinburgh', 'amsterdam', 'ottawa', 'toronto', 'montreal', 'vancouver', 'mexico city', 'havana', 'bogota',
  'lima', 'santiago', 'buenos aires', 'brasilia', 'rio de janeiro', 'sao paulo', 'caracas', 'canberra',
  'wellington', 'auckland', 'dhaka', 'colombo', 'kathmandu', 'tashkent', 'almaty', 'tbilisi', 'yerevan', 'baku',
  'minsk', 'damascus', 'beirut', 'amman', 'tel aviv', 'sanaa', 'muscat', 'abu dhabi', 'kuwait', 'bahrain',
  'qatar', 'khartoum', 'addis ababa', 'mogadishu', 'tripoli', 'tunis', 'algiers', 'rabat', 'casablanca', 'accra',
  'dakar', 'kinshasa', 'luanda', 'harare', 'lusaka', 'kampala', 'kigali', 'dar es salaam', 'cape town',
  'philippines', 'netherlands', 'ukraine', 'russia', 'china', 'india', 'pakistan', 'iran', 'iraq', 'syria', 'afghanistan', 'yemen', 'libya',
  'england', 'texas', 'california', 'florida', 'new jersey', 'hawaii', 'alaska', 'ontario', 'quebec', 'bavaria',
  // The national capitals compromise lacks, then cities of about a million people or more it
  // lacks (chosen by that rule, from general knowledge; names that are also common words or
  // first names, such as "Victoria" or "León", left out).
  'nassau', 'manama', 'belmopan', 'porto-novo', 'thimphu', 'sucre', 'gaborone', 'ouagadougou', 'gitega', 'bujumbura',
  'praia', 'yaoundé', 'bangui', "n'djamena", 'ndjamena', 'moroni', 'yamoussoukro', 'nicosia', 'roseau', 'dili', 'malabo',
  'asmara', 'mbabane', 'suva', 'banjul', 'bissau', 'georgetown', 'port-au-prince', 'astana', 'nur-sultan', 'tarawa',
  'pristina', 'bishkek', 'vientiane', 'maseru', 'monrovia', 'vaduz', 'antananarivo', 'lilongwe', 'bamako', 'valletta',
  'majuro', 'nouakchott', 'palikir', 'chisinau', 'podgorica', 'maputo', 'naypyidaw', 'nay pyi taw', 'managua', 'niamey',
  'abuja', 'basseterre', 'castries', 'kingstown', 'apia', 'freetown', 'ljubljana', 'honiara', 'juba', 'paramaribo',
  'dodoma', 'lomé', "nuku'alofa", 'funafuti', 'bandar seri begawan', 'guatemala city', 'kuwait city', 'port louis',
  'panama city', 'port moresby', 'port of spain', 'são tomé', 'port vila',
  'peshawar', 'quetta', 'multan', 'pune', 'ho chi minh city', 'haiphong', 'hai phong', 'da nang', 'davao', 'quezon city',
  'semarang', 'johor bahru', 'mombasa', 'port harcourt', 'kumasi', 'douala', 'lubumbashi', 'mbuji-mayi', 'kisangani',
  'alexandria', 'basra', 'erbil', 'shiraz', 'antalya', 'dammam', 'aden', 'monterrey', 'cali', 'cartagena', 'arequipa',
  'rosario', 'porto alegre', 'odesa', 'dnipro', 'kazan', 'fukuoka', 'maiduguri', 'omdurman', 'hargeisa', 'shymkent',
  'barquisimeto', 'cotonou',
  // Regions, seas and straits.
  'southern africa', 'central africa', 'northern africa', 'horn of africa', 'sahel', 'central europe',
  'northern europe', 'southern europe', 'western asia', 'west asia', 'caucasus', 'north caucasus', 'baltics',
  'south pacific', 'western sahara', 'new caledonia', 'indian ocean', 'south china sea', 'east china sea',
  'black sea', 'red sea', 'north sea', 'baltic sea', 'caspian sea', 'aegean', 'adriatic', 'bosphorus', 'dardanelles',
  // Great rivers and mountains that are no one's usual name.
  'rhine', 'danube', 'nile', 'mekong', 'yangtze', 'ganges', 'thames', 'volga', 'dnieper', 'euphrates',
  'tigris', 'indus', 'irrawaddy', 'limpopo', 'orinoco', 'zambezi', 'seine', 'elbe', 'vistula', 'tagus', 'douro',
  'brahmaputra', 'yenisei', 'rio grande', 'yellow river', 'pearl river', 'everest', 'kilimanjaro', 'pyrenees',
  'carpathians', 'urals', 'rockies', 'appalachians', 'hindu kush', 'karakoram',
];

/** All-caps / dotted forms that are places ("US", "U.K."). Matched case-sensitively. */
export const PLACE_ACRONYMS = ['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'DRC', 'PRC', 'DPRK', 'ROK', 'N.', 'S.'];

/** Single words that name organisations on their own (parties, legislatures). */
export const KNOWN_ORG_WORDS = [
  'labour', 'tory', 'tories', 'conservatives', 'democrats', 'republicans', 'liberals', 'greens', 'congress', 'senate',
  'parliament', 'pentagon', 'taliban', 'hamas', 'hezbollah', 'interpol', 'europol', 'eurostat', 'nato',
  'bundestag', 'knesset', 'duma', 'politburo', 'reuters', 'al-qaeda', 'isis', 'daesh',
];

/**
 * The last word of a party's members as a name for the party ("Lib Dems", "the Tories",
 * "Liberal Democrat leader"): an organisation, whatever the words before it.
 */
export const PARTY_MEMBER_WORDS = [
  'dem', 'dems', 'democrat', 'democrats', 'republican', 'republicans', 'tory', 'tories', 'conservatives', 'liberals',
  'socialists', 'unionists', 'nationalists', 'communists', 'greens', 'labourites', 'social democrats', 'christian democrats',
];

/** Awards and games named by one word ("won an Oscar", "the Grammys"): neither actors nor places. */
export const AWARD_WORDS = [
  'oscar', 'oscars', 'emmy', 'emmys', 'emmies', 'grammy', 'grammys', 'grammies', 'bafta', 'baftas', 'pulitzer',
  'olympics', 'paralympics', 'olympic', 'paralympic',
];

/** A portfolio after "minister of" / "secretary for" ("Minister of Coastal Affairs"): part of the role, not a name. */
export const PORTFOLIO_TITLES = ['minister', 'secretary', 'commissioner', 'undersecretary'];

/** The last word of a government portfolio ("Coastal Affairs", "Mines and Energy", "Natural Resources"). */
export const PORTFOLIO_HEADS = [
  'affairs', 'resources', 'development', 'energy', 'finance', 'defence', 'defense', 'health', 'education', 'trade',
  'justice', 'transport', 'transportation', 'environment', 'agriculture', 'works', 'infrastructure', 'labour', 'labor',
  'culture', 'tourism', 'mines', 'mining', 'security', 'planning', 'housing', 'fisheries', 'industry', 'industries',
  'commerce', 'communications', 'information', 'interior', 'sport', 'sports', 'youth', 'women', 'welfare', 'economy',
  'water', 'lands', 'forestry', 'forests', 'heritage', 'innovation', 'science', 'technology', 'employment',
  'immigration', 'revenue', 'investment', 'aviation', 'petroleum', 'oil', 'gas', 'power', 'telecommunications',
];

/** All-caps words that are not names ("TV", "GMT"). */
export const ACRONYM_STOP = [
  'tv', 'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'ist', 'cet', 'cest', 'bst', 'kst', 'jst', 'am', 'pm', 'ok', 'id',
  'pc', 'gdp', 'dna', 'hiv', 'aids', 'vip', 'ceo', 'cfo', 'coo', 'cto', 'mp', 'mps', 'mep', 'phd', 'ufo', 'suv', 'faq',
  'pdf', 'url', 'usb', 'gps', 'lgbt', 'lgbtq', 'ngo', 'ngos', 'ipo', 'ai', 'it', 'a&e', 'end', 'rip', 'diy', 'q&a',
  'ad', 'bc', 'ce', 'no', 'vs', 'etc', 'i', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'mph',
  'kg', 'km', 'cm', 'mm', 'ft', 'usd', 'eur', 'gbp', 'dvd', 'cd', 'sms', 'ceos', 'covid', 'sars', 'hq', 'pr', 'uk-based',
];

/** Lower-case nouns that, right before a name, say it is an organisation ("music giant EMI"). */
export const ORG_CUE_BEFORE = [
  'firm', 'company', 'group', 'carrier', 'giant', 'maker', 'party', 'agency', 'network', 'service', 'newspaper',
  'paper', 'broadcaster', 'outlet', 'channel', 'magazine', 'station', 'club', 'side', 'team', 'band', 'brand',
  'airline', 'bank', 'insurer', 'retailer', 'lender', 'watchdog', 'regulator', 'organisation', 'organization',
  'charity', 'union', 'militia', 'outfit', 'daily', 'tabloid', 'website', 'site', 'platform', 'startup',
  'start-up', 'conglomerate', 'manufacturer', 'producer', 'supplier', 'operator', 'developer', 'publisher',
  'label', 'broadcaster', 'movement', 'faction', 'coalition', 'alliance', 'operator', 'provider', 'chain',
  // Kinds no person is called by ("the consultancy X", "the housing cooperative X").
  'consultancy', 'cooperative', 'co-operative', 'brokerage', 'consortium', 'utility', 'carmaker', 'automaker',
  'steelmaker', 'drugmaker', 'chipmaker', 'think-tank', 'thinktank', 'collective', 'association', 'federation',
  'foundation', 'syndicate', 'exporter', 'importer', 'processor', 'wholesaler',
];

/** Lower-case nouns that, right after a name, say it is an organisation ("Ngāti tribe", "X party"). */
export const ORG_CUE_AFTER = [
  'police', 'party', 'group', 'tribe', 'company', 'firm', 'agency', 'network', 'newspaper', 'daily', 'militants', 'movement',
  'government', 'administration', 'spokesman', 'spokeswoman', 'spokesperson', 'shares', 'stock', 'executives',
  'officials', 'militia', 'organisation', 'organization', 'faction', 'coalition', 'alliance', 'airline', 'bank',
  'club', 'band', 'brand', 'board', 'members', 'lawmakers', 'team', 'website', 'chairman', 'boss', 'subsidiary',
  'unit', 'affiliate', 'affiliates', 'headquarters', 'staff', 'employees', 'adverts', 'ads', 'customers', 'users',
];

/** Lower-case nouns that, right after a name, say it is a place ("the South X coast"). */
export const PLACE_CUE_AFTER = [
  'coast', 'region', 'province', 'border', 'city', 'town', 'district', 'area', 'state', 'county', 'village',
  'island', 'islands', 'peninsula', 'valley', 'farm', 'residents', 'capital', 'river', 'mountains', 'governor',
  'mayor', 'premier',
  'library', 'aquifer', 'reservoir', 'estuary', 'hospital', 'airport', 'harbour', 'harbor', 'beach',
  'districts', 'provinces', 'regions', 'towns', 'villages', 'cities', 'counties', 'tehsil', 'tehsils', 'municipality',
  'road', 'highway', 'motorway', 'railway', 'bypass',
  'stream', 'creek', 'canal', 'dam', 'bridge', 'station', 'stations', 'suburb', 'suburbs', 'township', 'townships',
  'neighbourhood', 'neighborhood', 'settlement', 'plateau', 'hills', 'forest', 'wetlands', 'gorge', 'street', 'avenue',
];

/** Lower-case nouns that, before "of", say a place name follows ("city of X", "coast of Y"). */
export const PLACE_OF = [
  'city', 'town', 'village', 'province', 'provinces', 'state', 'states', 'region', 'regions', 'island', 'islands',
  'coast', 'capital', 'district', 'county', 'republic', 'kingdom', 'streets', 'outskirts', 'suburb', 'suburbs',
  'port', 'mayor', 'governor', 'north', 'south', 'east', 'west', 'centre', 'center', 'heart', 'people', 'citizens',
  'residents', 'inhabitants', 'villagers',
];

/** Country names compromise does not tag as countries (home nations, short forms). */
export const COUNTRY_EXTRA = [
  'britain', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'ireland', 'korea', 'north korea',
  'south korea', 'united states', 'united kingdom', 'us', 'usa', 'uk', 'u.s.', 'u.k.', 'russia', 'czech republic',
  'new zealand', 'south africa', 'saudi arabia', 'sri lanka', 'ivory coast', 'philippines', 'netherlands', 'holland',
  'taiwan', 'hong kong', 'yugoslavia', 'soviet union', 'west germany', 'east germany', 'bosnia', 'herzegovina',
  'macedonia', 'moldova', 'belarus', 'ukraine', 'georgia', 'armenia', 'azerbaijan', 'congo', 'zaire', 'burma',
  'myanmar', 'serbia', 'montenegro', 'croatia', 'slovenia', 'slovakia', 'czechoslovakia', 'chechnya', 'kosovo',
  'palestine', 'israel', 'lebanon', 'jordan', 'egypt', 'sudan', 'somalia', 'ethiopia', 'eritrea', 'rwanda', 'burundi',
  // Official and current names.
  'democratic republic of congo', 'democratic republic of the congo', 'republic of congo', 'republic of the congo',
  'congo-brazzaville', 'congo-kinshasa', 'timor-leste', 'north macedonia', 'sao tome and principe', 'cabo verde',
  'eswatini', 'guinea-bissau', 'czechia', 'türkiye', 'turkiye',
];

/**
 * Platforms and buttons named in share and follow bars ("Share this article: Facebook | X |
 * Email", "Follow us on Google News | Join our WhatsApp channel"): there they are page
 * furniture, not actors of the story.
 */
export const SHARE_BAR_ITEMS = [
  'facebook', 'x', 'twitter', 'instagram', 'whatsapp', 'viber', 'telegram', 'tiktok', 'youtube', 'linkedin', 'threads',
  'bluesky', 'reddit', 'pinterest', 'messenger', 'snapchat', 'wechat', 'line', 'signal', 'flipboard', 'google news',
  'apple news', 'email', 'e-mail', 'mail', 'print', 'sms', 'copy link',
];

/** Currency abbreviations written before an amount ("Rs 412 crore", "KSh 1,200", "Tk 50"): not names there. */
export const CURRENCY_ABBREVIATIONS = [
  'rs', 'sh', 'ksh', 'tk', 'rp', 'rm', 'php', 'kes', 'ngn', 'ghs', 'ghc', 'gh', 'zar', 'inr', 'pkr', 'usd', 'eur', 'gbp', 'aud',
  'cad', 'nzd', 'jpy', 'cny', 'rmb', 'chf', 'sgd', 'hkd', 'aed', 'sar', 'egp', 'lkr', 'bdt', 'npr', 'ugx', 'tzs', 'mwk', 'zmw',
];

/** Units of measure written as capitalised abbreviations, case as written ("75 kWh", "3 GW"): not names after an amount. */
export const UNIT_ABBREVIATIONS = [
  'kWh', 'MWh', 'GWh', 'TWh', 'Wh', 'kW', 'MW', 'GW', 'TW', 'mAh', 'Hz', 'kHz', 'MHz', 'GHz', 'Kbps', 'Mbps', 'Gbps', 'Tbps',
  'KB', 'MB', 'GB', 'TB', 'PB', 'Mb', 'Gb', 'dB', 'MPa', 'GPa', 'kPa', 'Pa', 'kN', 'MN', 'kV', 'MV', 'V', 'W', 'K', 'TEU', 'TEUs',
];

/** Conjunctions and sentence adverbs: capitalised, they open a sentence, never a name. */
export const SENTENCE_CONJUNCTIONS = ['but', 'and', 'or', 'nor', 'yet', 'however', 'although', 'though', 'because', 'unless', 'whereas', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'therefore', 'thus', 'hence'];

/** Technical standards written capitalised, as common nouns ("over Wi-Fi", "a Bluetooth speaker"). */
export const TECH_STANDARD_WORDS = ['wi-fi', 'wifi', 'bluetooth', 'ethernet', 'wi-max', 'wimax'];

/**
 * Kinds of work named right before an unquoted title ("the comedy Harbour Lights", "her album
 * Salt Roads", "the BBC series Blue Coast"): unlike WORK_NOUNS, only nouns that are not verbs,
 * so "polls show Mr Hale" is not one.
 */
export const WORK_KINDS_BEFORE_TITLE = [
  'film', 'films', 'movie', 'movies', 'documentary', 'album', 'albums', 'novel', 'memoir', 'musical', 'sitcom', 'comedy',
  'drama', 'thriller', 'blockbuster', 'biopic', 'soap', 'cartoon', 'opera', 'song', 'single', 'series', 'programme', 'program',
];

/** Words before "show" that make it a programme ("the chat show Late Lounge"), not a verb. */
export const SHOW_KIND_WORDS = ['tv', 'television', 'chat', 'reality', 'talk', 'hit', 'quiz', 'game', 'cookery', 'radio', 'comedy', 'breakfast', 'talent'];

/**
 * Kinds of work whose title is quoted after them ("the album “Salt Roads”", "her 2019 hit
 * ‘Tin Roof’", "the report, “Rivers in Retreat”"): a quote there is a title, not speech.
 */
export const WORK_NOUNS = [
  'album', 'albums', 'song', 'songs', 'single', 'singles', 'hit', 'hits', 'track', 'tracks', 'record', 'ep', 'film', 'films',
  'movie', 'movies', 'documentary', 'book', 'books', 'novel', 'novels', 'memoir', 'play', 'plays', 'opera', 'musical', 'series',
  'sitcom', 'show', 'shows', 'programme', 'program', 'podcast', 'exhibition', 'collection', 'poem', 'poems', 'painting',
  'sculpture', 'installation', 'paper', 'essay', 'column', 'titled', 'entitled', 'piece', 'canvas', 'mural', 'debut',
];

/** Words that introduce a name or label in quote marks ("known as the “Iron Lady”", "so-called ‘ghost ships’"). */
export const NAMING_WORDS = ['known as', 'nicknamed', 'nickname', 'so-called', 'dubbed', 'the term', 'the phrase', 'the word', 'the slogan', 'the motto', 'the hashtag'];
