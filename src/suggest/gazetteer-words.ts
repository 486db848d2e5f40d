// The words place names are read with: place words that make a name a township's or a river's,
// capitalised words that are no places, US state abbreviations, points of the compass.

// A place word after a name the table lacks: "Salem Township", "Richland Parish".
export const PLACE_WORD =
  /^(Township|County|Parish|Borough|Village|Heights|Springs|Beach|Falls|Valley|Hills|Creek|Park)$/;

// A name before these words is a river, a bay or an island's ("Osaka Bay", "Columbia River"): no place.
export const FEATURE_WORD =
  /^(Bay|River|Lake|Island|Islands|Mountain|Mountains|Dam|Strait|Sea|Ocean|Peninsula|Canal)$/;

// "paroisse de Richland", "comté de Loudoun": a French place word before a name the table lacks.
export const PLACE_WORD_BEFORE = /(paroisse|comté|canton|commune) (?:de |d['’])$/i;

// A lower-case word that makes the name a region's ("Osaka prefecture").
export const REGION_WORD = /^(prefecture|préfecture|province|state)$/;

// Capitalised words that are the names of towns somewhere but, in these texts, months, points of
// the compass or institutions.
export const NEVER = new Set(
  [
    'january,february,march,april,may,june,july,august,september,october,november,december',
    'monday,tuesday,wednesday,thursday,friday,saturday,sunday',
    'east,west,north,south,central,center,centre,gulf,coast,midwest,pacific,atlantic',
    'west coast,east coast,gulf coast,middle east,white house,congress',
  ]
    .join(',')
    .split(','),
);

// Common words that open sentences and are also the names of towns somewhere.
export const COMMON = new Set(
  'the a an of in on at to for and or but as by with this that these those its it is was will has have had new more most many some also however while after before during under over about according power energy plans plan data construction site sites campus plant work works industry union victoria mobile reading split nice orange le la les un une des du de et en dans pour par sur avec ce cette ces il elle ils elles selon mais ou après avant plus'.split(
    ' ',
  ),
);

// AP abbreviations of US states, written after a town ("Quincy, Wash.").
export const STATES: Record<string, string> = {
  Ala: 'Alabama',
  Ariz: 'Arizona',
  Ark: 'Arkansas',
  Calif: 'California',
  Colo: 'Colorado',
  Conn: 'Connecticut',
  Del: 'Delaware',
  Fla: 'Florida',
  Ga: 'Georgia',
  Ill: 'Illinois',
  Ind: 'Indiana',
  Kan: 'Kansas',
  Ky: 'Kentucky',
  La: 'Louisiana',
  Md: 'Maryland',
  Mass: 'Massachusetts',
  Mich: 'Michigan',
  Minn: 'Minnesota',
  Miss: 'Mississippi',
  Mo: 'Missouri',
  Mont: 'Montana',
  Neb: 'Nebraska',
  Nev: 'Nevada',
  Okla: 'Oklahoma',
  Ore: 'Oregon',
  Pa: 'Pennsylvania',
  Tenn: 'Tennessee',
  Tex: 'Texas',
  Va: 'Virginia',
  Vt: 'Vermont',
  Wash: 'Washington',
  Wis: 'Wisconsin',
  Wyo: 'Wyoming',
};

// US states by postal code, written after a town ("Abilene, TX").
export const POSTAL: Record<string, string> = Object.fromEntries(
  (
    'AL Alabama,AK Alaska,AZ Arizona,AR Arkansas,CA California,CO Colorado,CT Connecticut,' +
    'DE Delaware,FL Florida,GA Georgia,HI Hawaii,ID Idaho,IL Illinois,IN Indiana,IA Iowa,' +
    'KS Kansas,KY Kentucky,LA Louisiana,ME Maine,MD Maryland,MA Massachusetts,MI Michigan,' +
    'MN Minnesota,MS Mississippi,MO Missouri,MT Montana,NE Nebraska,NV Nevada,NH New Hampshire,' +
    'NJ New Jersey,NM New Mexico,NY New York,NC North Carolina,ND North Dakota,OH Ohio,' +
    'OK Oklahoma,OR Oregon,PA Pennsylvania,RI Rhode Island,SC South Carolina,SD South Dakota,' +
    'TN Tennessee,TX Texas,UT Utah,VT Vermont,VA Virginia,WA Washington,WV West Virginia,' +
    'WI Wisconsin,WY Wyoming'
  )
    .split(',')
    .map((s) => [s.slice(0, 2), s.slice(3)]),
);

/** Points of the compass, for "in north-east England", "dans le nord de la Norvège". */
export const DIRECTION =
  '(?:north|south|east|west|northern|southern|eastern|western|central|nord|sud|est|ouest|centre)(?:[- ](?:east|west|est|ouest))?';
