"""Lexicon: the words the stages look for, as data.

First the words that signal a report: reporting verbs (the core list plus verbs that PolNeAR train
annotates as cues in most of their uses), reporting nouns, belief verbs, verbs of position and intention,
the particles that belong to a cue ("call for"), and the verbs whose content may be a noun phrase; used by
the cue stage (``quotes.cues``) and to pick the paragraphs worth parsing (``quotes.extraction``). Then the
words that describe speakers (titles, organization words, places, pronouns), used by the speaker stage
(``quotes.speakers``).
"""

from __future__ import annotations

# Verbs of praise and blame: reports ("Obama praised the deal"), whose content may be a noun phrase.
JUDGING_VERBS = frozenset("""criticize criticise praise condemn denounce blast slam defend reject blame mock endorse
dismiss accuse decry assail rebuke lambaste hail deride applaud laud ridicule reprimand chide""".split())
SPEECH_VERBS = frozenset("""
say tell add warn insist respond argue note claim deny state explain write announce declare report reply
answer suggest acknowledge admit assert maintain contend stress emphasize emphasise predict promise vow urge
caution complain concede confirm recall observe remark comment tweet testify allege counter conclude joke quip
charge reiterate boast pledge threaten indicate propose recommend demand hint mention reveal disclose shout
scream whisper yell proclaim affirm estimate forecast agree disagree retort lament describe call
thank cite ask chant assure post muse exclaim tout mutter grumble scoff recount question echo decline refuse
attack express point refer talk wonder order discuss challenge rail opine intone gush marvel interject implore
rebut inquire speculate posit theorize surmise aver avow bemoan gripe grouse brag scold rant taunt fume seethe
whine liken portray dub label characterize reaffirm articulate
""".split()) | JUDGING_VERBS
# The reporting verbs news puts before their speaker ('"...," said Kirby', '..., writes Jane Smith'); "ask" too,
# for a question ('"...?" asked Tapper'); and those that take no object, so that a name right after them inverted is
# their speaker ('said Friederike Otto', 'explained Dr. Lee').
INVERTED_REPORTS = frozenset({"say", "add", "write"})
INVERTED_CUES = INVERTED_REPORTS | {"ask"}
OBJECTLESS_REPORTS = INVERTED_REPORTS | frozenset(
    "explain note recall insist argue claim remark observe continue".split())
# Verbs that take an object before their infinitive, so that with none they are passives ("Greenpeace ordered to pay").
OBJECT_CONTROL_VERBS = frozenset("order urge tell force advise instruct".split())
# Verbs that name someone to a post, as headlines write their passive ("Hegseth confirmed as defense secretary").
NAMING_VERBS = frozenset("name confirm appoint elect".split())
# Conjunctions of time that the parser may read as prepositions ("The cuts come after Amazon and Meta announced ...").
TIME_SUBORDINATORS = frozenset("after before since until".split())
# Particles that belong to the cue; the phrase they introduce is the content ("pointed to reports that ...").
PARTICLES = {"call": ("for", "on", "upon"), "point": ("to", "out"), "refer": ("to",), "talk": ("about",),
             "speak": ("about", "of"), "complain": ("about",), "warn": ("of", "about", "against"),
             "argue": ("for", "against"), "boast": ("about", "of"), "wonder": ("about",),
             "apologize": ("for",), "rail": ("against",), "comment": ("on",), "joke": ("about",),
             "caution": ("against",), "know": ("for", "as"), "advocate": ("for",),
             "worry": ("about",), "focus": ("on",), "vote": ("for", "against"), "hope": ("for",),
             "disagree": ("on", "over", "with"), "agree": ("on", "with")}
# Particles that belong to a cue's text when they follow it directly ("was asked about the merger"),
# without making the phrase they open the cue's content ("asked Trump about statements ..."); so does the
# "it" of the idiom "as she put it".
CUE_PARTICLES = {**PARTICLES, "ask": ("about",), "shoot": ("back",), "fire": ("back",), "hit": ("back",),
                 "put": ("it",)}
# How something was said, part of the cue's text right after it ("said with a laugh", "explained with a smile").
MANNER_NOUNS = frozenset("laugh smile smirk grin shrug sigh chuckle wink".split())
# Verbs of position and intention ("endorsed Clinton", "oppose the deal", "wants to help"): their subject holds
# a view that PolNeAR annotates as attributed; chosen on PolNeAR train where they are cues in over a third
# of their uses. Their content may be a noun phrase; they yield to speech verbs when quotes are paired.
STANCE_VERBS = frozenset("""support endorse oppose back favor prefer advocate view recognize highlight imply
remind deem apologize seek want""".split())
# Adjectives of attitude whose subject holds a view of their complement ("Democratic leaders are wary of
# steering the party left", "was adamant that ...", "is eager to ..."): reports on their own, chosen on PolNeAR
# train where, with a complement, they are cues in 60 to 100% of their uses (eager 10 of 10, hopeful 4 of 6).
ATTITUDE_ADJECTIVES = frozenset("""eager wary leery adamant hopeful optimistic upbeat skeptical sceptical
supportive""".split())
# Prepositions that open the complement of an attitude adjective ("wary of", "upbeat about", "hopeful that").
ATTITUDE_CASES = frozenset("of about on toward towards that".split())
# Adverbs that link the cue's clause to another ("when asked", "however said"): never part of a cue.
CONNECTIVE_ADVERBS = frozenset({"when", "whenever", "however", "where", "why", "how", "though", "therefore",
                                "meanwhile", "thus", "nevertheless"})
# Reports whose content may be a noun phrase: "criticized the party's lack of awareness", "wary of Trump".
NOMINAL_CONTENT_VERBS = JUDGING_VERBS | frozenset("""describe cite attack question echo call urge point refer talk
discuss show express""".split()) | STANCE_VERBS \
    | ATTITUDE_ADJECTIVES
REPORT_NOUNS = frozenset("""claim statement assertion accusation allegation remark comment warning suggestion
promise pledge argument charge insistence contention denial admission message prediction""".split())
# Nouns whose "that" clause says what they hold: "rejected the notion that ...", the noun is part of the report.
PROPOSITION_NOUNS = REPORT_NOUNS | frozenset("""notion idea view fact report belief theory possibility rumor evidence
proof concern""".split())
# Verbs that are cues only beside a quotation ('“...,” Blige sings to Clinton', not "singing the national anthem").
BESIDE_QUOTE_LEMMAS = frozenset("sing murmur sneer holler bellow growl hiss thunder radio text".split())
# Verbs that report only a quotation, never an indirect content ('"...," he continued').
QUOTE_ONLY_LEMMAS = frozenset("continue".split()) | BESIDE_QUOTE_LEMMAS
# Nouns whose "to" clause completes them ("the failure of Congress to pass ...", "a chance for Trump to make ...").
INFINITIVE_NOUNS = frozenset("""way chance need failure request effort attempt plan bid decision opportunity ability
right push call replacement pledge promise vow proposal permission refusal willingness reluctance desire""".split())
# Words opening a reported question ("asked whom she supported", "explaining why she forgave Roof").
QUESTION_WORDS = frozenset("what which whom who why how where whether".split())
# What opens the question an unnamed asker puts ("Asked if he would run", "was asked about the merger").
QUESTION_OPENERS = QUESTION_WORDS | {"if", "when", "about"}
# Raising verbs ("the court seemed to send a signal"): when the learned model takes one for a cue, its
# subject is what the report is about, not a speaker; PolNeAR marks the whole clause as the content.
RAISING_VERBS = frozenset("seem appear".split())
# Passive reports without an agent ("The central bank is expected to act ...", "is said to be ..."): the same,
# a sourceless report of the whole clause. Chosen on PolNeAR train (expect: 63 of 77 such passives are cues); the
# forecasting verbs added for news of weather and markets ("temperatures are forecast to reach 34C").
PASSIVE_RAISING_VERBS = frozenset("expect say know report think believe forecast predict project estimate".split())
# Verbs of effort or aspect before a reporting infinitive ("struggled to answer X", "moved to emphasize X"):
# no report of their own there, only the start of the infinitive's cue (PolNeAR: "tried to blame", "continued
# to portray"). Intention verbs ("plans to", "decided to") report the plan themselves.
INFINITIVE_LEADS = frozenset("""try attempt struggle strive scramble move begin start continue tend stop fail
manage forget hasten rush hurry hesitate""".split())
BELIEF_VERBS = frozenset("believe think feel fear hope expect worry doubt know consider show find".split())
WEAK_CUE_LEMMAS = BELIEF_VERBS | STANCE_VERBS
CUE_LEMMAS = SPEECH_VERBS | WEAK_CUE_LEMMAS | QUOTE_ONLY_LEMMAS
MONTHS = frozenset("""january february march april may june july august september october november
december""".split())
# Lower-case words inside a person's name ("Luiz Inácio Lula da Silva", "Ursula von der Leyen", "Erik ten Hag"; "ap":
# Welsh).
NAME_PARTICLES = frozenset("da de do dos das di del della van von der den ten ter bin al la le ap ab".split())
DURATIONS = frozenset("second minute hour day week month year moment decade".split())  # "hours later"
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
TIME_WORDS = WEEKDAYS | MONTHS | {*"today yesterday tonight week month year morning afternoon evening night".split()}
# One-word subjects that name nobody: indefinite pronouns and a bare party word ("a Republican who ...").
NON_NAMES = frozenset("""another anyone everyone someone somebody anybody everybody nobody none one each either
neither republican democrat libertarian tory""".split())
# Verbs whose object is whom they spoke to, not what they said ("told The Associated Press that ...").
ADDRESSEE_VERBS = frozenset("tell inform assure remind warn notify".split())
# What someone declines or refuses to do that PolNeAR counts as a report on its own ("declined to comment").
REFUSED_SPEECH = frozenset("comment elaborate discuss say speculate respond answer confirm".split())
# Where or how something was said ("said in a statement", "told a hearing", "wrote in an email").
MEDIA_NOUNS = frozenset("""statement interview email call conference release tweet post letter memo hearing filing
message speech remarks newspaper""".split())
# Where something was posted or aired ("mocks Clinton on Twitter", "aired ads on TV").
PLATFORMS = frozenset("twitter facebook instagram youtube tv television radio".split())
# A time or a medium: how or when something was said, never what ("on Monday", "in a statement").
CIRCUMSTANCES = TIME_WORDS | MEDIA_NOUNS
# Recordings that show someone speaking ("footage of Trump saying ..."): the one shown speaks.
RECORDING_NOUNS = frozenset("footage video clip audio tape recording".split())
# Texts that "read" quoted words ('"...," read the email', 'One sign read "..."'): the text speaks.
TEXT_NOUNS = frozenset("""sign message email e-mail letter statement tweet post caption banner headline note memo
poster placard shirt t-shirt text card sticker slogan ad advertisement release website""".split())
# A text noun that ends a headline's label and speaks for it ("WSJ editorial: ...", "Democrats' new warning: ...").
LABEL_NOUNS = frozenset("editorial warning report verdict".split())
QUOTE_CHARS = frozenset('"“”„«»\'‘’`')
POLL_NOUNS = frozenset({"poll", "survey"})  # "In the poll, ...": the poll reports the clause
# Words a title leaves in lower case ("State of the Union").
TITLE_SMALL_WORDS = frozenset("a an the of on in and to for at with from by or as".split())
# Words before a name in quotation marks: "on NBC's “Meet the Press”", "an interview with “Fox News Sunday”",
# "the podcast “Here's the Thing”".
TITLE_LEADS = frozenset("""on in of from the with podcast show program programme newspaper magazine book film movie
documentary series column album song segment""".split())

# Speakers (``quotes.speakers``)
TITLES = frozenset("""
president vice prime minister secretary senator sen. sen rep. rep representative gov. gov governor mayor mr. mr mrs.
mrs ms. ms dr. dr prof. prof professor gen. gen general col. lt. sgt. adm. admiral spokesman spokeswoman spokesperson
chairman chairwoman chair ceo director ambassador envoy judge justice king queen prince pope chancellor leader
lawmaker commissioner chief officer official analyst adviser advisor aide attorney lawyer candidate deputy press
former acting executive head founder correspondent reporter editor economist strategist manager coach captain sheriff
coordinator nominee businessman businesswoman billionaire mogul politician congressman congresswoman moderator host
anchor democrat speaker sir dame lord baroness inspector detective sergeant constable superintendent mp mep msp
councillor councilor backbencher peer sens. sens reps. reps pres. pres actress actor singer author archbishop bishop
cardinal rabbi imam rev. rev reverend pastor pontiff princess monarch premier emir sultan sheikh emperor counsel
committeeman committeewoman co-host co-founder co-chair partner treasurer comptroller auditor provost coroner marshal
commander champion winner laureate finalist elect administrator pm principal alderman alderwoman taoiseach insp supt
sgt councilmember councilman councilwoman cdr cmdr capt maj lt cpl dci pc pcso
""".split())
ORG_WORDS = frozenset("""
department ministry agency party committee council office house company inc inc. corp corp. team
corporation association university police government administration commission court army navy
press news times post bank group union bureau service institute foundation network embassy
campaign senate congress pentagon kremlin taliban nato un eu fbi cia who reuters ap afp bbc cnn
organization organisation board authority federation league coalition alliance command forces force
parliament cabinet tribunal division college school treasury fed vatican bundestag knesset duma whitehall
opec interpol confederation inquiry inquest inspectorate media prefecture brigade lobby
""".split())
# Words that make an organization only as the last word of a name ("Wall Street Journal", "Growth PAC";
# not "television ads").
# How a company's name ends ("Acme Robotics", "Sequoia Capital"): "the company" or "the firm" may stand for it.
COMPANY_NAME_ENDINGS = frozenset("""robotics technologies systems labs laboratories therapeutics
pharmaceuticals pharma biosciences energy capital partners holdings motors airlines airways industries enterprises
solutions software communications entertainment studios ventures semiconductor electronics insurance
investments securities electric dynamics international development healthcare water music records housing
brewery digital games expeditions tours marine""".split())
# How a sports club's name ends ("Manchester United", "Tottenham Hotspur", "Inter Miami CF").
CLUB_NAME_ENDINGS = frozenset("united rovers wanderers athletic albion hotspur fc cf afc rangers city town "
                               "county".split())  # "Manchester City", "Ipswich Town", "Derby County"
# Clubs known by one word that is no place nor a person's name ("Arsenal said they ...": no person).
KNOWN_CLUBS = frozenset("arsenal everton tottenham fulham brentford juventus".split())
# How a sports club's name opens, before its place ("Real Madrid", "Bayern Munich", "Inter Milan", "Sporting Lisbon").
CLUB_NAME_OPENINGS = frozenset("real atlético atletico sporting inter ac as borussia dynamo dinamo olympique bayern "
                               "celta deportivo".split())
# Nouns that end organizations' names when capitalised after another name word ("the U.S. Geological Survey",
# "the National Trust", "English Heritage", "the World Food Programme", "National Highways", "the Communications
# Workers of America"), and are common nouns or places otherwise ("a new survey", "Amazon workers", "the UK").
CAPITALISED_ORG_ENDINGS = frozenset(
    "Survey Trust Observatory Laboratory Heritage Programme Program Highways Utilities Workers Executive Grid Panel "
    "Action UK Unit Scheme Parks NSW Line Lines Ferries Guide Ombudsman Steel Rugby Cricket Netball Order Guard Power "
    "Railway Railways Railroad Support Advice Coast Research Economics Analytics Consulting".split())
# "National Grid", "Independent Expert Panel", "National Energy Action", "Age UK", "the Athletics Integrity Unit",
# "South African National Parks", "Stena Line", "Delta Air Lines", "P&O Ferries", "The Housing Ombudsman", "Liberty
# Steel", "World Rugby", "England Cricket", "Fraternal Order of Police", "The Coast Guard", "Island Green Power" (not
# "Samantha Power"), "Great Western Railway", "Citizens Advice", "Counterpoint Research", "Capital Economics"
# The last word of an organization's name ("Downing Street", "Center for American Progress").
ORG_HEAD_WORDS = frozenset("fund pac caucus radio television tv magazine journal newspaper center centre project "
                           "society institution co co. llc ltd ltd. plc street reserve palace watch military zoo "
                           "museum hospital library gallery orchestra theatre theater airport church clinic consortium "
                           "chamber forum cooperative guild syndicate festival charity academy club "
                           "coastguard philanthropies movement gymnastics athletics cycling rowing swimming boxing "
                           "sailing triathlon hockey assembly mail conservancy spaceport".split()) \
    | COMPANY_NAME_ENDINGS | CLUB_NAME_ENDINGS
# US states: "Iowa said", like a country, is the state as an organization.
US_STATES = frozenset("""alabama alaska arizona arkansas california colorado connecticut delaware florida
georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas
utah vermont virginia wisconsin wyoming""".split()) | {"new hampshire", "new jersey", "new mexico", "new york",
                                                     "north carolina", "north dakota", "rhode island",
                                                     "south carolina", "south dakota", "west virginia"}
# One-word names of well-known news media, pollsters and companies that speak in the news (a one-word
# name is otherwise taken for a person's surname).
# Institutions named by one word that a longer name ending with it is not ("the House" is no "White House")
INSTITUTIONS = frozenset("house congress senate court party".split())
# Those of them that "the company" can stand for ("Twitter said ... The company said").
KNOWN_COMPANIES = frozenset("""politico forbes facebook google twitter amazon intel microsoft apple buzzfeed huffpost
breitbart gawker youtube instagram netflix uber airbnb walmart boeing verizon axios vox samsung sony toyota nvidia tesla
barclays greggs monzo revolut kroger albertsons costco ticketmaster stellantis vauxhall renault peugeot hyundai kia
deliveroo ocado primark currys argos vodafone openreach rightmove zoopla
alphabet meta openai anthropic ibm oracle qualcomm huawei alibaba tencent baidu xiaomi nissan volkswagen bmw
siemens nestle unilever pfizer moderna novartis roche shell bp chevron exxon airbus spotify tiktok bytedance disney
comcast starbucks mcdonald's nike adidas ikea reuters aramco gazprom rosneft petrobras glencore barclays hsbc tesco
sainsbury's aldi lidl ryanair easyjet m&s morrisons asda waitrose salesforce x lufthansa qantas klm emirates delta
embraer tsmc amd astrazeneca heathrow gatwick stansted schiphol co-op""".split()) | {
    "saudi aramco", "marks and spencer", "marks & spencer", "deutsche bahn", "deutsche bank", "deutsche telekom"}
# How a company's legal name ends ("Nvidia Corp", "Apple Inc.", "Volkswagen AG").
COMPANY_SUFFIXES = frozenset("corp corp. corporation inc inc. co co. llc ltd ltd. plc ag sa se nv".split())
KNOWN_ORGANIZATIONS = KNOWN_COMPANIES | frozenset("""gallup propublica politifact variety ipsos gfk monmouth quinnipiac
marist rasmussen snopes wikileaks greenpeace amnesty hamas hezbollah labour ukip oxfam unicef unesco nasa fifa uefa
ofcom ofgem ofsted ofwat opec opec+ nato""".split()) | {
    "lib dem", "lib dems", "usa today", "goldman sachs", "morgan stanley", "wells fargo", "jpmorgan chase", "jpmorgan",
    "amnesty international", "bank of america", "deutsche bank", "general motors", "general electric", "general mills",
    "general dynamics", "exxon mobil", "exxonmobil", "johnson & johnson", "cal fire", "médecins sans frontières", "msf",
    "doctors without borders", "planned parenthood", "air accidents investigation branch",
    "rail accident investigation branch", "marine accident investigation branch",
    "medicines and healthcare products regulatory agency", "friends of the earth", "joint chiefs of staff",
    "eli lilly", "national rally", "reform uk", "sinn féin", "sinn fein", "transport for london",
    "transport for greater manchester", "transport for wales", "transport for the north", "temu", "shein",
    "burger king", "citizens advice", "action fraud", "which?", "dignity in dying", "hm revenue and customs", "hmrc",
    "care not killing", "women in journalism", "fight for sight", "aslef", "unite", "heathrow", "gatwick", "mumsnet",
    "alternative for germany", "afd"}
# A nationality or origin for a person ("the Egyptian", "the Dane", "the Texan"): how such words end, and some that
# end otherwise.
DEMONYM_ENDINGS = ("ian", "ean", "an", "ard", "i", "ite", "man")  # not "-ese", "-ish": "the Chinese" are many
DEMONYMS = frozenset("dane swede finn pole turk scot briton brit greek kiwi aussie".split())
# Newspapers named like a nationality or origin ("the Guardian", "The Tennessean"): no person.
DEMONYM_PAPERS = frozenset("guardian tennessean oregonian floridian economist atlantic spectator telegraph nikkei "
                            "asahi mainichi yomiuri".split())  # "the Nikkei", "the Asahi": papers
PLACES = frozenset("""
us u.s. usa america britain uk china russia france germany iran iraq israel japan india pakistan
afghanistan ukraine canada mexico turkey syria egypt washington moscow beijing london kabul
england scotland wales
""".split())
# What someone issues: "the statement said" speaks for whoever issued it, named where the text says so
ISSUED_NOUNS = frozenset("statement report release communique letter memo".split())
ISSUING_VERBS = frozenset("issue release send write sign publish draft prepare produce circulate distribute".split())
STATEMENT_NOUNS = ISSUED_NOUNS | frozenset("spokesman spokeswoman spokesperson official officials source "
                                           "sources".split())
PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "they": "plural",
            "them": "plural", "their": "plural", "it": "neuter", "its": "neuter", "we": "plural", "our": "plural",
            "i": "self", "my": "self", "you": "other", "your": "other"}  # possessors speak for a report noun too
HONORIFICS = frozenset("mr mrs ms miss dr sir dame".split())
# Abbreviated titles written out, to match a description against a role ("the Ohio governor", "Ohio Gov.").
TITLE_SPELLINGS = {"gov": "governor", "sen": "senator", "rep": "representative", "pres": "president",
                   "sec": "secretary", "gen": "general", "lt": "lieutenant", "adm": "admiral", "atty": "attorney"}
HONORIFIC_SEXES = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
RELATIVES = frozenset("who whom which that".split())
# Words that open a relative or free relative clause ("which officials said will ...", "what she said is ...").
RELATIVE_OPENERS = RELATIVES | frozenset("whose what where when".split())
# Words that end or start a name even when a title-case headline capitalises (and the tagger takes
# them for proper nouns): "After Telling Jeb Bush", "Hillary Clinton Says EgyptAir ...".
NAME_BREAKERS = frozenset("""after as than between against over under about from with without by for to
of on in at into out says tells told slams blasts calls backs and or but nor neither either both why how
what when while being besides vs vs. versus although though if unless meanwhile beyond unlike despite since
because before until amid among upon toward towards whether where did does is was were has had would could
should also still even then now said added asked wrote replied responded noted warned declared insisted explained
continued argued recalled""".split())
# Numbers that speak for whoever published them ("figures published by NHS England")
FIGURES = frozenset("figure data statistic number result estimate projection".split())
# What is written or filed, not who wrote it: "the lawsuit says", "a new study finds" name nobody but an author
# given with "by".
DOCUMENTS = frozenset("""poll polls survey report study analysis lawsuit suit complaint affidavit indictment filing
email editorial article story video ad advertisement documentary book memoir transcript record document message
file research review""".split())
DETERMINERS = frozenset("the a an this that these those its his her their our".split())
TRAILING_OPENERS = frozenset(("which", "as"))  # no report's: ", the ONS said, as ..."
RELATIVES_OF = frozenset("wife husband son daughter mother father brother sister friend doctor physician "
                         "partner widow widower grandmother grandfather grandson granddaughter aunt uncle niece "
                         "nephew cousin stepmother stepfather stepson stepdaughter fiancee fiancée fiance girlfriend "
                         "boyfriend".split())
QUANTITIES = frozenset("number majority minority handful dozen couple plurality".split())
# Nouns for two people named together before ("Ben Cohen and Jerry Greenfield ... the pair said").
PAIR_NOUNS = frozenset("pair couple duo two brothers sisters twins".split())
# Pronouns that are subjects ("told reporters she was disappointed": a clause of its own opens with one).
NOMINATIVES = frozenset("i you he she it we they".split())
# Emphatic pronouns after a name or a description ("O'Neill herself", "The Prime Minister himself").
REFLEXIVES = frozenset("himself herself itself themselves".split())
# A sportsperson described by the team and the position they play ("the England international said", "the Arsenal
# winger"): one person, a description like a title's.
PLAYER_NOUNS = frozenset("""international striker midfielder defender goalkeeper winger forward quarterback pitcher
playmaker fighter""".split())
# Singular nouns for many people together ("Hospital staff said", "The crowd chanted"): a group, not a name
COLLECTIVE_NOUNS = frozenset("staff crowd audience crew personnel workforce faculty jury electorate public "
                             "family".split())
SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
# Who speaks from inside an organization ("a source in Ukraine's security service", "an official at the State
# Department"): the organization's, as "a State Department official" is.
INSIDERS = SPOKESPEOPLE | frozenset("source official aide insider".split())
LESSER_RANKS = frozenset("deputy vice assistant acting former shadow".split())  # words before a title
# Titles by which one is known with a single name ("Pope Francis", "King Charles", "Prince William"): with the name
# they are the name, as well as the role.
SOVEREIGN_TITLES = frozenset("pope king queen prince princess emperor empress sultan emir sheikh".split())
# A peer's style, which with one name after it is the name a peer goes by ("Lord Coe", "Baroness Hale").
PEERAGES = frozenset("lord lady baron baroness".split())
NOBLE_TITLES = SOVEREIGN_TITLES | PEERAGES | frozenset("duke duchess earl countess".split())
# A party member's word before a name: the name's role ("Republican Mitt Romney")
PARTY_MEMBERS = frozenset("republican democrat libertarian tory conservative".split())
# Who runs for office: "the candidate" is most often the one the headline names
CANDIDATE_NOUNS = frozenset("candidate nominee front-runner frontrunner contender hopeful".split())
# What happens to or around someone: a mention headed by one of these speaks for nobody named in it ("The popularity
# of Sanders shows ...", "a look at Mr. Trump's airplanes found ...").
EVENT_NOUNS = frozenset("""popularity rise fall attack attacks criticism look spectacle confrontation dynamic event
interpretation embrace appointment endorsement slandering pressure victory defeat success failure treatment
treatments rebuke praise handling performance""".split())
# Quantifiers that speak for a group as a subject ("Most believe ...", even tagged an adverb)
GROUP_QUANTIFIERS = frozenset("most many some few all both".split())
# Words that count people, not name them, even capitalised at a sentence start ("Many Democrats", "Several Cruz aides")
QUANTIFIERS = GROUP_QUANTIFIERS | frozenset("several other others each every more numerous".split())
# Nouns that stand for an organization named before ("the company said" after "Ford Motor Co.")
ORGANIZATION_NOUNS = frozenset("""company firm group agency organization organisation bank network automaker
carmaker airline retailer manufacturer insurer lender broadcaster publisher charity department ministry
committee commission campaign council office union bureau service institute foundation association board
authority club conglomerate chipmaker drugmaker zoo museum hospital library university college school gallery
orchestra airport church clinic festival force inquiry trust chain park academy coastguard regulator
watchdog band prefecture brigade court tribunal palace lobby inquest""".split())
# What a company has and a person does not, said of a one-word name ("Meta's shareholders", "Google's
# chief executive"); and, right after the bare name, its traded stock ("Meta shares fell").
COMPANY_POSSESSIONS = frozenset("""shareholders headquarters subsidiary subsidiaries revenue revenues profit
profits earnings customers users subscribers products platform ceo""".split())
COMPANY_STOCK = frozenset("shares stock".split())
# Name endings that also make a name a company's or an agency's ("the agency" after "the Food and Drug
# Administration" or "the International Organization for Migration"; "the regulator" after "the National Highway
# Traffic Safety Administration"; "the charity" after "The Trussell Trust")
KINDRED_ENDINGS = {"company": ("co", "co.", "inc", "inc.", "corp", "corp.", "corporation", "llc", "ltd", "ltd.", "plc",
                               *sorted(COMPANY_NAME_ENDINGS)),
                   "agency": ("administration", "bureau", "service", "organization", "organisation"),
                   "regulator": ("administration", "authority", "commission", "agency"),
                   "watchdog": ("authority", "commission", "agency"), "charity": ("trust", "foundation", "fund")}
# Nouns for the same kind of body, either of which a role may use for what the other stands for ("Broadcasting
# watchdog Ofcom ... The regulator said").
KINDRED_NOUNS = {"regulator": "watchdog", "watchdog": "regulator"}
# Nouns for a business: each may stand for a company named before ("Toyota Motor Corp ... The automaker said",
# "shipping giant Maersk", "Promoter Live Nation", "Ryanair ... The carrier reported").
BUSINESS_NOUNS = frozenset("""company firm automaker carmaker airline retailer manufacturer insurer lender broadcaster
publisher bank conglomerate chipmaker drugmaker utility maker chain planemaker supermarket grocer developer brewer
startup start-up operator giant promoter platform carrier railroad bookseller spa hotel resort restaurant toymaker
steelmaker shipyard""".split())
KINDRED_ENDINGS.update({noun: KINDRED_ENDINGS["company"] for noun in BUSINESS_NOUNS - {"company", "bank"}})
KINDRED_ENDINGS["operator"] += ("rail", "railway", "railways", "trains", "buses", "line", "lines", "ferries")
KINDRED_ENDINGS["airline"] += ("airways", "airlines")  # "Northern Rail ... The operator said", "British Airways"
KINDRED_ENDINGS["carrier"] += ("airways", "airlines")
KINDRED_ENDINGS["authority"] = ("council",)  # "Birmingham City Council ... The authority said": a local authority
KINDRED_ENDINGS["union"] = ("guild", "association", "federation")  # "The Writers Guild of America ... The union said",
# "the International Association of Machinists"
KINDRED_ENDINGS["group"] = tuple("""association society coalition alliance network federation league foundation
institute movement fund trust forum committee""".split())  # "The National Rifle Association ... the
# group said"
# Well-known companies by the business noun news writes for them: "the airline" after Ryanair and Boeing is Ryanair.
KNOWN_TRADES = {name: trade for trade, names in {
    "airline": "ryanair easyjet lufthansa qantas emirates klm delta",
    "planemaker": "boeing airbus embraer", "carmaker": "toyota nissan volkswagen bmw tesla ford stellantis honda",
    "chipmaker": "nvidia intel qualcomm tsmc amd", "drugmaker": "pfizer moderna novartis roche astrazeneca",
    "supermarket": "tesco sainsbury's aldi lidl asda morrisons waitrose",
    "airport": "heathrow gatwick stansted schiphol"}.items() for name in names.split()}
# Business nouns news writes for the same trade as one in ``KNOWN_TRADES`` ("pilots at Lufthansa ... The German
# carrier said").
SAME_TRADES = {"carrier": "airline", "automaker": "carmaker", "grocer": "supermarket"}
# Business nouns that are people's trades too ("The newspaper's publisher, Eric Meyer,", "a property developer").
PERSONAL_TRADES = frozenset("publisher broadcaster developer operator".split())
# Verbs of feeling whose object feels and whose subject is what they feel about ("His behavior has angered the
# party's top figures"): PolNeAR takes the one who feels for the source and the subject for the content.
FEELING_VERBS = frozenset("""anger infuriate enrage outrage rattle horrify alarm worry trouble disturb unnerve frighten
scare mystify puzzle baffle frustrate irritate annoy upset offend alienate appall dismay disappoint delight thrill
excite impress surprise shock stun""".split())
# People named by what they are to someone or something, not by title ("one Obama insider", "a Trump supporter",
# "a Berlin woman", "one resident"): an unnamed person, no speaker's name.
# Occupations written before a name like a title ("Novelist Priya Raman", "Historian Mary Beard"); no common
# surnames ("Baker", "Farmer", "Potter")
OCCUPATIONS = frozenset("""novelist writer poet playwright screenwriter journalist columnist commentator broadcaster
presenter photographer filmmaker musician pianist guitarist violinist composer rapper comedian artist sculptor
designer architect scientist researcher physicist chemist biologist astronomer epidemiologist virologist
psychologist psychiatrist therapist psychotherapist counsellor counselor sociologist historian philosopher theologian
scholar surgeon physician pediatrician meteorologist volcanologist climatologist seismologist archaeologist geologist
ecologist zoologist oceanographer botanist vet veterinarian
activist campaigner advocate lobbyist pollster philanthropist entrepreneur investor financier banker diplomat astronaut
chef medallist medalist cricketer footballer golfer cyclist swimmer boxer songwriter batsman bowler spinner sprinter
jockey goalkeeper midfielder winger striker grandmaster skier rower""".split())
PERSON_NOUNS = OCCUPATIONS | frozenset("""insider source supporter critic voter resident observer veteran strategist
operative donor ally associate expert analyst lawmaker staffer loyalist witness confidant employee member man woman
person citizen student worker shopkeeper farmer teacher nurse doctor parent mother father neighbour neighbor owner
driver passenger patient fan protester demonstrator survivor friend relative customer shopper commuter tourist
visitor pensioner teenager girl boy volunteer rescuer hiker climber villager schoolgirl schoolboy pupil solicitor
barrister paramedic firefighter midwife carer complainant landowner landlord tenant fisherman whistleblower
claimant plaintiff defendant applicant petitioner juror victim agent publicist actor actress singer player athlete
bystander eyewitness organiser organizer homeowner motorist householder boss headteacher headmaster prosecutor
headmistress""".split())
