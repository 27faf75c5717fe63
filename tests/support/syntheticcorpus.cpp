// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticcorpus.h"

#include <QList>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <iterator>
#include <random>

namespace DealScope {

namespace {

// ---------------------------------------------------------------------------
// Randomness: std::mt19937_64 seeded per article, with our own bounded draws
// so that the output does not depend on the standard library's distributions.

quint64 splitMix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    {
    }
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    double unit() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template<std::size_t N>
    QString pick(const char *const (&words)[N])
    {
        return QString::fromUtf8(words[below(int(N))]);
    }

private:
    std::mt19937_64 m_engine;
};

template<std::size_t N>
constexpr int countOf(const char *const (&)[N])
{
    return int(N);
}

// ---------------------------------------------------------------------------
// Vocabulary. Invented names are built from syllables; a few well-known
// names make the text look like the real thing.

const char *const kStarts[] = {"Vel", "Quan", "Zen", "Ar", "Bri", "Cor", "Dax", "El", "Fen", "Gal", "Hel", "Ion",
                               "Jun", "Kai", "Lum", "Mer", "Nex", "Or", "Pra", "Quo", "Ry", "Sol", "Tor", "Ul",
                               "Vor", "Wyn", "Xan", "Yor", "Zef", "Ast", "Nim", "Cal", "Ser", "Tal", "Ven", "Hal",
                               "Kor", "Lys", "Mor", "Pel", "Sab", "Tess", "Vant", "Brev", "Cind", "Dra", "Eph", "Gly"};
const char *const kMiddles[] = {"a", "o", "i", "e", "ar", "en", "is", "or", "u", "io", "ax", "el", "am", ""};
const char *const kEnds[] = {"ra", "lix", "tis", "nova", "dyne", "ix", "on", "um", "ar", "ent", "ia", "os",
                             "yx", "ex", "ica", "ara", "ode", "eon", "ity", "wave", "grid", "stack", "forge",
                             "mind", "path", "scale", "core", "bit", "sys", "lia", "tron", "via", "nth", "q"};
const char *const kWords[] = {"Blue", "North", "Silver", "Granite", "Iron", "Summit", "Bright", "Red", "Cedar",
                              "Atlas", "Falcon", "Harbor", "Pioneer", "Meridian", "Crescent", "Polar", "Copper",
                              "Beacon", "Signal", "Vertex", "Lantern", "Orchard", "Tidal", "Quarry", "Aurora"};
const char *const kSuffixes[] = {"Inc", "Inc.", "Labs", "Systems", "Capital", "AG", "plc", "Ltd", "GmbH", "SA",
                                 "Holdings", "Technologies", "Robotics", "AI", "Networks", "Semiconductor",
                                 "Energy", "Power", "Partners", "Ventures", "Group", "Corp", "Corporation",
                                 "Cloud", "Data", "Compute", "Dynamics", "N.V.", "KK", "Pty Ltd", "SE", "Co.",
                                 "Microsystems", "Infrastructure", "Photonics", "Therapeutics", "Motors"};
// "Full name|short name" of companies readers know.
const char *const kKnownCompanies[] = {
    "Siemens AG|Siemens", "Samsung Electronics|Samsung", "Oracle Corp|Oracle", "Meta Platforms|Meta",
    "Intel Corp|Intel", "Broadcom Inc|Broadcom", "Tata Group|Tata", "Reliance Industries|Reliance",
    "Alibaba Group|Alibaba", "Tencent Holdings|Tencent", "Vodafone Group|Vodafone", "Ericsson|Ericsson",
    "Nokia|Nokia", "ASML Holding|ASML", "Taiwan Semiconductor Manufacturing Co|TSMC", "Infosys|Infosys",
    "Rakuten Group|Rakuten", "Toyota Motor|Toyota", "Sony Group|Sony", "Arm Holdings|Arm", "SAP SE|SAP",
    "Schneider Electric|Schneider", "EDF|EDF", "Iberdrola|Iberdrola", "Dell Technologies|Dell",
    "Cisco Systems|Cisco", "IBM|IBM", "Hitachi|Hitachi", "Fujitsu|Fujitsu", "BHP Group|BHP", "Telstra|Telstra",
    "Swisscom|Swisscom", "Adani Group|Adani", "Bharti Airtel|Airtel", "Capgemini|Capgemini", "Qualcomm|Qualcomm",
    "Advanced Micro Devices|AMD", "Micron Technology|Micron", "SK Hynix|SK Hynix", "Foxconn|Foxconn",
    "Equinix|Equinix", "Digital Realty|Digital Realty", "CoreWeave|CoreWeave", "Databricks|Databricks",
    "Salesforce|Salesforce", "Mistral AI|Mistral", "Cohere|Cohere", "Nestlé|Nestlé", "L’Oréal|L’Oréal",
    "Ørsted|Ørsted", "Hon Hai Precision Industry|Hon Hai", "Wipro|Wipro", "NTT Data|NTT Data"};
const char *const kKnownInvestors[] = {
    "Sequoia Capital", "Temasek", "Mubadala", "BlackRock", "KKR", "Blackstone", "Brookfield", "GIC",
    "Tiger Global", "Andreessen Horowitz", "Lightspeed Venture Partners", "General Atlantic",
    "Qatar Investment Authority", "Norges Bank Investment Management", "Abu Dhabi Investment Authority",
    "CPP Investments", "Silver Lake", "Thrive Capital", "Accel", "Goldman Sachs", "Morgan Stanley",
    "JPMorgan Chase", "Macquarie", "Apollo Global Management", "Carlyle", "EQT", "Partners Group"};
const char *const kAnalystFirms[] = {"Bernstein", "Jefferies", "Morningstar", "Gartner", "IDC", "Barclays",
                                     "UBS", "Citi", "HSBC", "Wedbush", "Forrester", "Evercore ISI", "Nomura"};
const char *const kFirstNames[] = {"Mara", "Tomasz", "Priya", "Kenji", "Aisha", "Lars", "Zoë", "José", "Ingrid",
                                   "Oluwaseun", "Chen", "Fatima", "Matteo", "Siobhan", "Raúl", "Hana", "David",
                                   "Sarah", "Arjun", "Yuki", "Émilie", "Björn", "Nadia", "Kwame", "Lucía",
                                   "Michael", "Anneke", "Rohan", "Mei", "Connor", "Dagny", "Tariq", "Elena",
                                   "Jun-ho", "Amara", "Felix", "Grace", "Ilse", "Vikram", "Noor"};
const char *const kLastNames[] = {"Lindqvist", "Okafor", "Nakamura", "Müller", "Kowalski", "Haddad", "Ferreira",
                                  "O’Neill", "Sharma", "Dubois", "van der Berg", "Achterberg", "Mensah", "Tanaka",
                                  "Rossi", "Novak", "Iyer", "Brennan", "Schäfer", "García", "Kim", "Petrov",
                                  "Abiodun", "Whitfield", "Castellanos", "Yamamoto", "Eriksen", "Das", "Moreau",
                                  "Hollis", "Sørensen", "Zhang", "Adeyemi", "Fitzgerald", "Kapoor", "Lehmann"};
const char *const kRoles[] = {"chief executive", "chief financial officer", "president", "co-founder",
                              "head of infrastructure", "chief technology officer", "chief operating officer",
                              "executive chairman", "head of corporate development", "general counsel"};
const char *const kSectors[] = {"semiconductor", "cloud computing", "data-centre", "battery", "robotics",
                                "cybersecurity", "fintech", "AI", "satellite", "quantum computing", "telecoms",
                                "chip design", "enterprise software", "renewable energy", "autonomous driving",
                                "optical networking", "industrial software", "edge computing"};
const char *const kCountries[] = {"the United States", "Germany", "France", "Japan", "India", "Singapore",
                                  "the United Kingdom", "Brazil", "Saudi Arabia", "the United Arab Emirates",
                                  "South Korea", "Australia", "Canada", "Switzerland", "the Netherlands",
                                  "Sweden", "Malaysia", "Indonesia", "Spain", "Poland", "Mexico", "Ireland"};
const char *const kProductStems[] = {"Aurex", "Nimbus", "Helio", "Tessera", "Kestrel", "Orca", "Lumen",
                                     "Vanta", "Cirrus", "Quasar", "Strata", "Pylon", "Falx", "Zephyr"};
const char *const kSubheadings[] = {"The deal", "What it means", "Why it matters", "Background", "The numbers",
                                    "Market reaction", "What’s next", "Regulatory hurdles", "The bigger picture",
                                    "How the money flows", "Power and capacity", "Competition heats up"};
const char *const kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                               "August", "September", "October", "November", "December"};
const char *const kMonthAbbrev[] = {"Jan.", "Feb.", "March", "April", "May", "June", "July",
                                    "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
const char *const kNumberWords[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                    "eleven", "twelve"};
const char *const kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

// Where a publisher sits: its currency, spelling and cities.
enum class Home { US, UK, Euro, India, Japan, Swiss, Australia };

const char *const kCitiesUS[] = {"Austin", "Phoenix", "Columbus", "Atlanta", "Reno", "Seattle", "Ashburn",
                                 "Dallas", "San Jose", "Des Moines", "Abilene", "Chicago"};
const char *const kCitiesUK[] = {"London", "Manchester", "Slough", "Cardiff", "Edinburgh", "Teesside", "Leeds"};
const char *const kCitiesEuro[] = {"Frankfurt", "Paris", "Amsterdam", "Dublin", "Madrid", "Milan", "Munich",
                                   "Helsinki", "Lyon", "Stockholm", "Lisbon"};
const char *const kCitiesIndia[] = {"Mumbai", "Bengaluru", "Chennai", "Hyderabad", "Pune", "Noida", "Jamnagar"};
const char *const kCitiesJapan[] = {"Tokyo", "Osaka", "Sapporo", "Fukuoka", "Kumamoto", "Nagoya"};
const char *const kCitiesSwiss[] = {"Zurich", "Geneva", "Basel", "Lausanne", "Zug"};
const char *const kCitiesAustralia[] = {"Sydney", "Melbourne", "Perth", "Brisbane", "Adelaide"};

const char *const kPublishersUS[] = {"The Ledger Daily", "Circuit & Capital", "The Silicon Courier",
                                     "Meridian Wire", "Deal Desk Weekly", "Orbit Markets"};
const char *const kPublishersUK[] = {"Harbourline Business", "The Thames Examiner", "City Tech Review",
                                     "Northgate Post"};
const char *const kPublishersEuro[] = {"Europa Tech Journal", "Rhein Wirtschaft Online", "Le Quotidien Numérique",
                                       "Continental Markets"};
const char *const kPublishersIndia[] = {"The Deccan Business Line", "Mumbai Markets Today", "TechPrint India"};
const char *const kPublishersJapan[] = {"Tokyo Industry Herald", "Kanto Business Review"};
const char *const kPublishersSwiss[] = {"Alpine Finance", "Zürcher Technikblatt"};
const char *const kPublishersAustralia[] = {"The Southern Ledger", "Harbour City Business"};

// ---------------------------------------------------------------------------
// Sentence patterns. Slots in braces are filled by Builder::slot(); each
// figure slot counts what it writes.

const char *const kStoryPatterns[] = {
    "{A} said {REL} it would invest {MQ} in {B}, deepening a relationship that began in {Y}.",
    "{INV} led a {M} Series {SER} round in {B}, valuing the {SECTOR} start-up at {M} after the new money.",
    "The round, which also drew {INV2}, values {b} at {MQ} before the investment.",
    "{A} will take a {PCT} stake in {B} for {M}, according to a regulatory filing dated {DT}.",
    "{A} agreed to buy {B} for {M} in cash and stock, or {MPS}, a premium of {PCT} to {bp} closing price {REL}.",
    "The acquisition, expected to close in {MY}, still needs approval from regulators in {COUNTRY}.",
    "Under the terms, {a} will pay {M} upfront and up to {M} more if {b} hits revenue targets over {DUR}.",
    "{B} has committed to spend {MQ} on {ap} cloud services over {DUR}, one of the largest such contracts in the {SECTOR} industry.",
    "The agreement gives {b} access to {CH} and {PWQ} of data-centre capacity by {YF}.",
    "{A} placed an order for {CH} from {B}, a deal people familiar with the matter valued at {MR}.",
    "The first phase, a {PW} campus near {CITY}, is due to come online in {MYF}, with a further {PW} to follow by {YEND}.",
    "{a} expects the new sites to draw {PWQ} at full load, roughly the demand of a mid-sized city.",
    "The contract, worth {M} over {DUR}, covers the supply of {CH} and the networking gear that links them.",
    "Shares of {a} rose {PCT} in early trading {REL}, adding {MQ} to its market value.",
    "{b} said revenue grew {PCT} from a year earlier to {M} in the quarter that ended on {DT}.",
    "The company employs {EMP} across {CITY} and {CITY2}.",
    "Analysts at {FIRM} estimate the deal could lift {ap} annual revenue by {PCTR} within {DUR}.",
    "The {DURA} partnership was first announced on {DT} and widened in {MY}.",
    "{A} and {B} will form a joint venture, with {a} holding {PCT} and {b} the rest.",
    "{a} first invested {M} in {b} in {Y} and put in a further {M} in {Y2}.",
    "{INV} has pledged {MQ} to the project, with {M} committed at once and the remainder tied to milestones.",
    "Including debt, the transaction gives {b} an enterprise value of {M}.",
    "{b} plans to use the proceeds to build {PW} of capacity and to hire {EMP} by the end of {YF}.",
    "The deal follows {cp} {M} purchase of {D} in {MY}, at the time the largest in the sector.",
    "{b} has raised {MQ} since it was founded in {Y}, according to figures compiled by {FIRM}.",
    "Regulators in {COUNTRY} have {DURD} to review the transaction.",
    "The {M} loan carries an interest rate of {PCT} and matures in {YF}.",
    "{A} will supply {b} with {CHQ} over {DUR}, starting in {MYF}.",
    "Separately, {a} signed a {M} power purchase agreement for {PW} of wind and solar capacity in {COUNTRY}.",
    "{b} was valued at {M} in its previous funding round in {MY}, down from a peak of {M} in {Y}.",
    "Demand for {PROD} chips has grown {PCT} since {MY}, {a} said.",
    "{ap} stake in {b} will rise to {PCT} from {PCT} once the deal completes.",
    "The memorandum of understanding, signed on {DT} in {CITY}, sets out plans for {PW} of new capacity over {DUR}.",
    "{a} said its capital spending for {YF} would come in at {MR}.",
    "Of the total, {M} will go to developing {PROD} and {M} to expanding sales in {COUNTRY}.",
    "{a} booked a restructuring charge of {M} in {MY} after cutting about {PCT} of its workforce.",
    "At {MPS}, the offer is {PCT} above {bp} average price over the past month.",
    "{ap} order backlog reached {M} at the end of {MY}, up from {M} a year earlier.",
    "The investment comes in two tranches: {M} now and {M} once {b} meets technical milestones.",
    "The price values {b} at {MCV}, making it one of the largest {SECTOR} deals this year.",
    "{A} has agreed to lease {PWQ} of capacity from {B} for {DUR}, a contract valued at {MQ}.",
    "Together the two companies will deploy {CHV} across {CITY} and {CITY2} over the coming months.",
    "{A} holds {PCTQ} of {b}, according to people briefed on the talks.",
    "The financing includes {M} of equity and {M} of debt arranged by {INV}.",
    "The state will provide {M} in subsidies, covering about {PCT} of the plant’s cost, {a} said on {DT}.",
    "{b} now expects annual recurring revenue of {MQ} by {YEND}, up from {M} in {Y}.",
    "The companies did not disclose financial terms, but two people close to the talks put the value at {MR}.",
    "Earlier this year, {a} committed {M} to a {PW} nuclear power deal that will run for {DUR}.",
    "The {DEAL} deal is the largest {a} has struck since it was founded in {Y}.",
    "People familiar with the matter said the {DEAL} price had been agreed {REL} after months of talks.",
    "Under the agreement, {a} will hold {STAKE} of {b}, making it the largest outside shareholder.",
    "The new sites will add {CAP} of capacity, enough to power about {HOMES}.",
    "{b} will book the {DEAL} commitment as remaining performance obligations over {DUR}.",
    "The deal also includes an option for {a} to buy a further {PCT} of {b} before {YEND}.",
    "{a} expects the transaction to add to earnings within {DUR} of closing.",
    "The {DEAL} figure excludes {M} of debt that {a} will assume.",
    "{b} said it would spend {PCTS} of the proceeds on research and the rest on sales.",
    "Under the deal, {b} may draw {PWQ} from the grid, up from {PW} today.",
    "The facility will house {CH} when fully built, {a} said in a filing on {DT}.",
    "The term sheet prices {bp} shares at {MPS}, {PCT} below the price in its last round in {MY}.",
    "Interest on the {M} bridge loan is set at {PCTS} above the benchmark rate.",
    "Most of the {DEAL} will be paid in instalments between {Y2} and {YF}.",
};

// The first sentence of an article: the deal itself, with the article's
// main figure, which later sentences repeat.
// A headline for each lead, in the same order.
const char *const kLeadTitles[] = {
    "{a} to invest {DEAL} in {b}",
    "{a} agrees {DEAL} takeover of {b}",
    "{b} raises {DEAL} in round led by {INV}",
    "{a} takes {STAKE} stake in {b}",
    "{a}, {b} strike {DEAL} chip supply pact",
    "{a} lands {DEAL} cloud contract with {b}",
    "{a} places {DEAL} chip order with {b}",
    "{a} signs {CAP} data-centre deal with {b}",
    "{b} secures {DEAL} from {a} and {INV}",
    "{a} to buy {b} for {DEAL} in cash",
    "{a} to put up to {DEAL} into {b}",
    "Exclusive: {a} in talks to buy stake in {b}",
};
const char *const kLeadPatterns[] = {
    "{A} said {REL} it would invest {DEAL} in {B}, deepening a relationship that began in {Y}.",
    "{A} has agreed to buy {B} for {DEAL}, the companies said on {DTA}.",
    "{B} has raised {DEAL} in a round led by {INV}, valuing the {SECTOR} company at {M}.",
    "{A} will take {STAKE} of {B} in a deal worth {DEAL}, the companies announced {REL}.",
    "{A} and {B} signed a {DURA} agreement worth {DEAL} under which {b} will supply {CH} and {CAP} of capacity.",
    "{B} has committed to spend {DEAL} on {ap} cloud services over {DUR}, one of the largest such contracts in the {SECTOR} industry.",
    "{A} placed an order for {CH} from {B}, a deal worth {DEAL} according to people familiar with the matter.",
    "{A} is building a {CAP} data-centre campus near {CITY} with {B}, a project the companies value at {DEAL}.",
    "{INV} and {A} are leading a {DEAL} investment in {B}, which will use the money to add {CAP} of computing capacity by {YF}.",
    "{A} announced on {DTA} that it had agreed to acquire {B} in an all-cash deal valued at {DEAL}.",
    "{B} said {REL} that {A} would invest up to {DEAL} over {DUR}, with a first tranche of {M} due this year.",
    "{A} is in advanced talks to take a stake of about {STAKE} in {B}, valuing the {SECTOR} group at roughly {DEAL}, people briefed on the talks said.",
};

const char *const kQuotes[] = {
    "This is about securing the compute our customers will need for the rest of the decade",
    "We are not in a hurry, but we are not going to stand still either",
    "Capacity is the constraint, not demand",
    "The economics only work if you commit early and at scale",
    "We looked at every option and this was the clearest path",
    "Our balance sheet gives us room to keep investing through the cycle",
    "Frankly, the grid is the bottleneck now",
    "We think the market is underestimating how quickly this will be adopted",
    "This partnership gives both sides what they could not build alone",
    "Regulators will look closely, and they should",
    "It is a big number, but it is spread over many years",
    "We expect the first systems to be running well before the end of next year",
    "Nobody gets these chips without a long-term commitment any more",
    "The valuation reflects where the business will be, not where it is today",
};
const char *const kQuoteFrames[] = {
    "“{QUOTE},” {CEO}, {ap} chief executive, said in a statement.",
    "“{QUOTE},” said {EXB}, {EXBROLE} at {b}.",
    "“{QUOTE},” {AN}, an analyst at {FIRM}, wrote in a note to clients.",
    "{CEOS} told reporters on a call {REL}: “{QUOTE}.”",
    "“{QUOTE},” {EXB} said in an interview, adding that talks had taken {DURM}.",
    "“We see this as a {M} opportunity over {DUR},” said {CEO}, {ap} chief executive.",
    "“{QUOTE},” said {AN} of {FIRM}.",
};
const char *const kBackground[] = {
    "{a} was founded in {CITY} and has spent most of its history selling to large enterprises.",
    "The {SECTOR} industry has been consolidating as customers demand larger, more reliable suppliers.",
    "Competition for data-centre sites with access to power has intensified across {COUNTRY}.",
    "{b} has positioned itself as an alternative to the largest cloud providers.",
    "Investors have poured money into {SECTOR} companies even as borrowing costs stayed high.",
    "The talks had been reported earlier by several news outlets.",
    "Neither company responded to requests for comment outside business hours.",
    "Critics say such deals concentrate too much infrastructure in too few hands.",
    "{a} has been trying to reduce its dependence on a single supplier of accelerators.",
    "Local officials have welcomed the jobs but raised concerns about water use and grid capacity.",
    "The deal is the latest in a string of long-term agreements between chipmakers and cloud operators.",
    "{b} counts banks, retailers and several government agencies among its customers.",
    "Executives at {a} have said they prefer partnerships to outright acquisitions.",
    "The companies said the infra structure would be built in stages as demand grows.",
    "Some analysts questioned whether the revenue projections were realistic.",
};
const char *const kTraps[] = {
    "{a} said the {PROD}-4 model, which runs 24/7 on the new clusters, would be available in 3D design tools too.",
    "{b} trades on the Nasdaq under the ticker ({TICKX}).",
    "Section 12 of the agreement lets either side walk away if the regulator objects.",
    "Media inquiries can be directed to the press office on +44 20 7946 0321.",
    "The {PROD} X2 and {PROD} X3 systems use the same rack design.",
};
const char *const kCorrections[] = {
    "Correction: An earlier version of this article misstated the size of {bp} funding round. It is {RETM}.",
    "(This story has been corrected to show that {ap} stake is {RETP}.)",
    "Update: A previous version of this article gave the contract value as {MWRONG}. The correct figure is {M}.",
    "Clarification: {a} will invest {RETM}, as originally reported by the company.",
};
const char *const kTitlePatterns[] = {
    "{a} to invest {DEAL} in {b}",
    "{b} raises {DEAL} at {M} valuation",
    "{a} agrees {DEAL} takeover of {b}",
    "{a} signs {CAP} power deal as AI demand soars",
    "{a} orders {CH} from {b}",
    "{b} lands {DEAL} cloud contract with {a}",
    "{a} takes {STAKE} stake in {b}",
    "{a} and {b} unveil {DURA} compute partnership",
    "{b} valued at {DEAL} after new funding round",
    "{a}, {b} strike {DEAL} chip supply pact",
    "{a} doubles down on {SECTOR} with {DEAL} {b} deal",
    "{b} shares jump as {a} confirms {DEAL} offer",
    "Exclusive: {a} in talks to buy {b}",
    "Why {ap} bet on {b} matters",
};
const char *const kFurniture[] = {
    "Subscribe to our newsletter for the week’s biggest deals.",
    "Download the {PUB} app on the App Store and Google Play.",
    "Share this article",
    "Follow us on LinkedIn and X for more technology coverage.",
    "Sign up for free to keep reading.",
    "Reporting by {AN}; editing by {EXB}.",
    "Advertisement",
    "Read our comprehensive monthly roundup of the largest funding rounds.",
    "{TICK} +2.4% · {TICK2} −1.1%",
    "This article was originally published by {PUB} and is republished with permission.",
    "Photo: {CEO} at the company’s headquarters in {CITY}. Image supplied.",
};
const char *const kTeaserHeadings[] = {"Related stories", "More from {PUB}", "Read next", "Most read", "You may also like"};

// Draws without replacement and reshuffles when empty, so an article does
// not repeat a pattern before it has used the others.
class Deck
{
public:
    explicit Deck(int size)
        : m_size(size)
    {
    }
    int draw(Rng &rng)
    {
        if (m_order.isEmpty()) {
            for (int i = 0; i < m_size; ++i)
                m_order.append(i);
            for (int i = m_size - 1; i > 0; --i)
                std::swap(m_order[i], m_order[rng.below(i + 1)]);
        }
        return m_order.takeLast();
    }

private:
    int m_size;
    QList<int> m_order;
};

static_assert(std::size(kLeadTitles) == std::size(kLeadPatterns), "one headline per lead");

// ---------------------------------------------------------------------------

struct Block
{
    enum Kind { Title, Meta, Heading, Paragraph, Quote, Bullets, RepeatHeading, Correction, TeaserHeading, Teaser,
                Furniture };
    Kind kind = Paragraph;
    QString text;
    QStringList items;
    SyntheticCorpus::FigureCounts counts;
};

struct Company
{
    QString full;
    QString shortName;
};

struct Person
{
    QString first;
    QString last;
    QString full() const { return first + QLatin1Char(' ') + last; }
};

QString withThousands(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

QString decimal(double v, int decimals)
{
    if (decimals <= 0)
        return withThousands(qint64(std::llround(v)));
    const double scale = std::pow(10.0, decimals);
    const qint64 whole = qint64(std::floor(v));
    const qint64 frac = qint64(std::llround((v - double(whole)) * scale));
    if (frac <= 0 || frac >= qint64(scale))
        return withThousands(qint64(std::llround(v)));
    return withThousands(whole) + QLatin1Char('.') + QString::number(frac).rightJustified(decimals, QLatin1Char('0'));
}

QString slugOf(const QString &title)
{
    QString slug;
    for (const QChar c : title.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
        if (slug.size() >= 40)
            break;
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("article") : slug;
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Writes one article: picks a cast and a home market, then fills patterns.
class Builder
{
public:
    Builder(quint64 seed, SyntheticCorpus::Format format, quint64 index);
    SyntheticCorpus::GeneratedArticle build();

private:
    QString fill(const char *pattern) { return fill(QString::fromUtf8(pattern)); }
    QString fill(const QString &pattern);
    QString slot(QStringView name);
    QString company(bool known);
    Company makeCompany(bool known);
    Person makePerson();
    QString possessive(const QString &name) const;
    QString city();
    QString publisherName();
    QString currencyAmount(int scaleHint);
    QString money(int scaleHint = -1);
    QString qualified(const QString &figure);
    QString moneyRange();
    QString perShare();
    QString percent();
    QString percentRange();
    QString power();
    QString chips(bool vague);
    QString fullDate(const QDate &date);
    QString monthYear(const QDate &date);
    QString relativeDay();
    QString durationYears();
    QString ticker();

    Block storyParagraph(int sentences, bool lead);
    QString render(const QList<Block> &blocks);
    QString renderText(const QList<Block> &blocks);
    QString renderMarkdown(const QList<Block> &blocks);
    QString renderHtml(const QList<Block> &blocks);

    Rng m_rng;
    quint64 m_index;
    QString m_format;
    Home m_home = Home::US;
    QDate m_date;
    bool m_dateStated = true;
    QString m_publisher;
    QString m_site;
    Company m_a, m_b, m_c, m_d;
    bool m_aNamed = false;
    int m_lead = 0;
    bool m_bNamed = false;
    QString m_investor, m_investor2, m_firm;
    Person m_ceo, m_exec, m_analyst;
    QString m_execRole;
    QString m_product;
    QString m_ticker, m_ticker2;
    QString m_currencyCode;
    QString m_deal, m_stake, m_capacity; // the article's main figures, repeated
    Deck m_storyDeck{countOf(kStoryPatterns)};
    Deck m_quoteDeck{countOf(kQuotes)};
    Deck m_frameDeck{countOf(kQuoteFrames)};
    Deck m_backgroundDeck{countOf(kBackground)};
    Deck m_trapDeck{countOf(kTraps)};
    SyntheticCorpus::FigureCounts *m_counts = nullptr;
    SyntheticCorpus::Truth m_truth;

    void makeMainFigures();
};

Builder::Builder(quint64 seed, SyntheticCorpus::Format format, quint64 index)
    : m_rng(splitMix(splitMix(seed) ^ splitMix(index + 0x5851f42d4c957f2dULL)))
    , m_index(index)
{
    switch (format) {
    case SyntheticCorpus::Format::PlainText: m_format = QStringLiteral("txt"); break;
    case SyntheticCorpus::Format::Markdown: m_format = QStringLiteral("md"); break;
    case SyntheticCorpus::Format::Html: m_format = QStringLiteral("html"); break;
    case SyntheticCorpus::Format::Mixed: {
        const int r = m_rng.below(10);
        m_format = r < 6 ? QStringLiteral("txt") : r < 8 ? QStringLiteral("md") : QStringLiteral("html");
        break;
    }
    }
    const int h = m_rng.below(20);
    m_home = h < 8 ? Home::US : h < 11 ? Home::UK : h < 14 ? Home::Euro : h < 16 ? Home::India
           : h < 17 ? Home::Japan : h < 18 ? Home::Swiss : Home::Australia;
    m_date = QDate(2019, 1, 1).addDays(m_rng.below(8 * 365));
    m_dateStated = m_rng.chance(0.8);
    m_publisher = publisherName();
    m_site = slugOf(m_publisher).remove(QLatin1Char('-')) + QStringLiteral(".example");

    m_a = makeCompany(m_rng.chance(0.3));
    do {
        m_b = makeCompany(m_rng.chance(0.25));
    } while (m_b.shortName == m_a.shortName);
    m_c = makeCompany(m_rng.chance(0.4));
    m_d = makeCompany(false);
    m_investor = m_rng.chance(0.6) ? m_rng.pick(kKnownInvestors) : makeCompany(false).shortName + QStringLiteral(" Capital");
    do {
        m_investor2 = m_rng.pick(kKnownInvestors);
    } while (m_investor2 == m_investor);
    m_firm = m_rng.pick(kAnalystFirms);
    m_ceo = makePerson();
    m_exec = makePerson();
    m_analyst = makePerson();
    m_execRole = m_rng.pick(kRoles);
    m_product = m_rng.pick(kProductStems);
    m_ticker = m_a.shortName.left(4).toUpper().remove(QLatin1Char(' '));
    m_ticker2 = m_b.shortName.left(3).toUpper().remove(QLatin1Char(' '));
    makeMainFigures();
    m_truth.organisations = {m_a.full, m_b.full, m_c.full};
    m_truth.people = {m_ceo.full(), m_exec.full(), m_analyst.full()};
}

void Builder::makeMainFigures()
{
    SyntheticCorpus::FigureCounts scratch;
    m_counts = &scratch;
    m_deal = money(m_rng.chance(0.2) ? 0 : 1);
    m_stake = percent();
    m_capacity = power();
    m_counts = nullptr;
}

QString Builder::publisherName()
{
    switch (m_home) {
    case Home::US: m_currencyCode = QStringLiteral("USD"); return m_rng.pick(kPublishersUS);
    case Home::UK: m_currencyCode = QStringLiteral("GBP"); return m_rng.pick(kPublishersUK);
    case Home::Euro: m_currencyCode = QStringLiteral("EUR"); return m_rng.pick(kPublishersEuro);
    case Home::India: m_currencyCode = QStringLiteral("INR"); return m_rng.pick(kPublishersIndia);
    case Home::Japan: m_currencyCode = QStringLiteral("JPY"); return m_rng.pick(kPublishersJapan);
    case Home::Swiss: m_currencyCode = QStringLiteral("CHF"); return m_rng.pick(kPublishersSwiss);
    case Home::Australia: m_currencyCode = QStringLiteral("AUD"); return m_rng.pick(kPublishersAustralia);
    }
    return {};
}

QString Builder::city()
{
    switch (m_home) {
    case Home::US: return m_rng.pick(kCitiesUS);
    case Home::UK: return m_rng.pick(kCitiesUK);
    case Home::Euro: return m_rng.pick(kCitiesEuro);
    case Home::India: return m_rng.pick(kCitiesIndia);
    case Home::Japan: return m_rng.pick(kCitiesJapan);
    case Home::Swiss: return m_rng.pick(kCitiesSwiss);
    case Home::Australia: return m_rng.pick(kCitiesAustralia);
    }
    return {};
}

Company Builder::makeCompany(bool known)
{
    if (known) {
        const QString entry = m_rng.pick(kKnownCompanies);
        const qsizetype bar = entry.indexOf(QLatin1Char('|'));
        return {entry.left(bar), entry.mid(bar + 1)};
    }
    QString stem;
    if (m_rng.chance(0.2)) {
        stem = m_rng.pick(kWords) + QLatin1Char(' ') + m_rng.pick(kWords);
    } else {
        stem = m_rng.pick(kStarts) + m_rng.pick(kMiddles) + m_rng.pick(kEnds);
        if (stem.size() < 4)
            stem += m_rng.pick(kEnds);
    }
    const QString suffix = m_rng.pick(kSuffixes);
    return {stem + QLatin1Char(' ') + suffix, stem};
}

Person Builder::makePerson()
{
    return {m_rng.pick(kFirstNames), m_rng.pick(kLastNames)};
}

QString Builder::possessive(const QString &name) const
{
    return name.endsWith(QLatin1Char('s')) ? name + QStringLiteral("’") : name + QStringLiteral("’s");
}

// The amount of money in the home currency (sometimes in dollars, as foreign
// papers quote them). scaleHint: 0 millions, 1 billions, 2 trillions, -1 any.
QString Builder::currencyAmount(int scaleHint)
{
    if (scaleHint < 0) {
        const int r = m_rng.below(20);
        scaleHint = r < 7 ? 0 : r < 19 ? 1 : 2;
    }
    QString code = m_currencyCode;
    if (code != QLatin1String("USD") && m_rng.chance(0.25))
        code = QStringLiteral("USD");
    const QChar nbsp(0x00a0);
    const QString gap = m_rng.chance(0.05) ? QString(nbsp) : QStringLiteral(" ");

    if (code == QLatin1String("INR")) {
        // Indian papers count in crore (10^7) and lakh crore (10^12).
        const int style = m_rng.below(4);
        const QString sym = style == 0 ? QStringLiteral("Rs ") : style == 1 ? QStringLiteral("Rs. ")
                          : style == 2 ? QStringLiteral("INR ") : QStringLiteral("₹");
        if (scaleHint == 2)
            return sym + decimal(1 + m_rng.below(40) / 10.0, 1) + gap + QStringLiteral("lakh crore");
        if (scaleHint == 1)
            return sym + withThousands(qint64(m_rng.between(2, 90)) * 500) + gap + QStringLiteral("crore");
        return sym + withThousands(m_rng.between(50, 990)) + gap + QStringLiteral("crore");
    }

    double mantissa = 0;
    int decimals = 0;
    if (scaleHint == 0) {
        mantissa = m_rng.chance(0.7) ? 5 * m_rng.between(1, 190) : m_rng.between(10, 999) + m_rng.below(10) / 10.0;
        decimals = mantissa == std::floor(mantissa) ? 0 : 1;
    } else if (scaleHint == 1) {
        const int r = m_rng.below(3);
        mantissa = r == 0 ? m_rng.between(1, 250) : r == 1 ? m_rng.between(10, 99) / 10.0
                                                        : m_rng.between(100, 999) / 100.0;
        decimals = r;
    } else {
        mantissa = m_rng.between(10, 50) / 10.0;
        decimals = 1;
    }
    const QString number = decimal(mantissa, decimals);

    static const char *const longScales[] = {"million", "billion", "trillion"};
    static const char *const shortScalesA[] = {"m", "bn", "tn"};
    static const char *const shortScalesB[] = {"M", "B", "T"};
    static const char *const shortScalesC[] = {" mln", "bil", " trn"};
    const int form = m_rng.below(10);
    QString scaled;
    if (form < 5)
        scaled = number + gap + QString::fromUtf8(longScales[scaleHint]);
    else if (form < 8)
        scaled = number + QString::fromUtf8(shortScalesA[scaleHint]);
    else if (form < 9)
        scaled = number + QString::fromUtf8(shortScalesB[scaleHint]);
    else
        scaled = number + QString::fromUtf8(shortScalesC[scaleHint]);

    const bool words = form < 5 && m_rng.chance(0.12);
    if (code == QLatin1String("USD")) {
        if (words)
            return scaled + QStringLiteral(" dollars");
        const int p = m_rng.below(10);
        return (p < 7 ? QStringLiteral("$") : p < 9 ? QStringLiteral("US$") : QStringLiteral("USD ")) + scaled;
    }
    if (code == QLatin1String("EUR"))
        return words ? scaled + QStringLiteral(" euros")
                     : (m_rng.chance(0.85) ? QStringLiteral("€") : QStringLiteral("EUR ")) + scaled;
    if (code == QLatin1String("GBP"))
        return words ? scaled + QStringLiteral(" pounds") : QStringLiteral("£") + scaled;
    if (code == QLatin1String("JPY"))
        return words ? scaled + QStringLiteral(" yen") : QStringLiteral("¥") + scaled;
    if (code == QLatin1String("CHF"))
        return words ? scaled + QStringLiteral(" Swiss francs") : QStringLiteral("CHF ") + scaled;
    // AUD; Australian papers often write a bare "$" for their own dollar.
    if (m_home == Home::Australia && !words && m_rng.chance(0.3))
        return QStringLiteral("$") + scaled;
    return words ? scaled + QStringLiteral(" Australian dollars")
                 : (m_rng.chance(0.85) ? QStringLiteral("A$") : QStringLiteral("AUD ")) + scaled;
}

QString Builder::qualified(const QString &figure)
{
    static const char *const qualifiers[] = {"up to ", "about ", "at least ", "more than ", "roughly ",
                                             "approximately ", "~", "nearly ", "almost ", "as much as ",
                                             "some ", "an estimated ", "around ", "over ", "less than ",
                                             "close to ", "more than "};
    return m_rng.pick(qualifiers) + figure;
}

QString Builder::money(int scaleHint)
{
    ++m_counts->money;
    return currencyAmount(scaleHint);
}

QString Builder::moneyRange()
{
    ++m_counts->money;
    const int scale = m_rng.below(4) == 0 ? 0 : 1;
    const QString low = currencyAmount(scale);
    const QString high = currencyAmount(scale);
    // Keep the range in one currency and in order; the text only has to look right.
    const int style = m_rng.below(4);
    if (style == 0)
        return QStringLiteral("between ") + low + QStringLiteral(" and ") + high;
    if (style == 1)
        return low + QStringLiteral(" to ") + high;
    if (style == 2)
        return low + QStringLiteral("–") + high;
    // "$2-3 billion": the scale written once.
    const int a = m_rng.between(2, 40);
    const QString sym = m_currencyCode == QLatin1String("GBP") ? QStringLiteral("£")
                      : m_currencyCode == QLatin1String("EUR") ? QStringLiteral("€")
                                                               : QStringLiteral("$");
    return sym + QString::number(a) + (m_rng.chance(0.5) ? QStringLiteral("-") : QStringLiteral("–"))
         + QString::number(a + m_rng.between(1, 10)) + (scale ? QStringLiteral(" billion") : QStringLiteral(" million"));
}

QString Builder::perShare()
{
    ++m_counts->money;
    const double price = m_rng.between(500, 40000) / 100.0;
    const QString tail = m_rng.chance(0.5) ? QStringLiteral(" per share") : QStringLiteral(" a share");
    if (m_currencyCode == QLatin1String("GBP") && m_rng.chance(0.5))
        return QString::number(m_rng.between(40, 990)) + QStringLiteral("p") + tail;
    if (m_currencyCode == QLatin1String("EUR"))
        return QStringLiteral("€") + decimal(price, 2) + tail;
    return QStringLiteral("$") + decimal(price, 2) + tail;
}

QString Builder::percent()
{
    ++m_counts->percent;
    const QString n = m_rng.chance(0.7) ? QString::number(m_rng.between(1, 99))
                                        : decimal(m_rng.between(10, 999) / 10.0, 1);
    const int style = m_rng.below(10);
    if (style < 6)
        return n + QStringLiteral("%");
    if (m_home == Home::UK || m_home == Home::India || m_home == Home::Australia)
        return n + (style < 9 ? QStringLiteral(" per cent") : QStringLiteral("pc"));
    return n + QStringLiteral(" percent");
}

QString Builder::percentRange()
{
    ++m_counts->percent;
    const int a = m_rng.between(2, 45);
    const int b = a + m_rng.between(2, 15);
    const int style = m_rng.below(4);
    if (style == 0)
        return QString::number(a) + QStringLiteral("–") + QString::number(b) + QStringLiteral("%");
    if (style == 1)
        return QString::number(a) + QStringLiteral("-") + QString::number(b) + QStringLiteral("%");
    if (style == 2)
        return QStringLiteral("between ") + QString::number(a) + QStringLiteral("% and ") + QString::number(b)
             + QStringLiteral("%");
    return QString::number(a) + QStringLiteral(" to ") + QString::number(b) + QStringLiteral(" per cent");
}

QString Builder::power()
{
    ++m_counts->power;
    if (m_rng.chance(0.55)) {
        const QString n = m_rng.chance(0.6) ? QString::number(m_rng.between(1, 5))
                                            : decimal(m_rng.between(2, 49) / 10.0, 1);
        const int style = m_rng.below(3);
        return n + (style == 0 ? QStringLiteral(" gigawatts") : style == 1 ? QStringLiteral("GW") : QStringLiteral(" GW"));
    }
    const QString n = withThousands(10 * m_rng.between(3, 95));
    const int style = m_rng.below(3);
    return n + (style == 0 ? QStringLiteral(" megawatts") : style == 1 ? QStringLiteral("MW") : QStringLiteral(" MW"));
}

QString Builder::chips(bool vague)
{
    ++m_counts->count;
    static const char *const nouns[] = {"GPUs", "accelerators", "AI chips", "processors", "CPUs", "servers",
                                        "TPUs", "graphics processors", "custom chips"};
    const QString noun = m_rng.pick(nouns);
    if (vague) {
        static const char *const vagueSizes[] = {"hundreds of thousands of ", "tens of thousands of ",
                                                 "millions of ", "tens of millions of "};
        return m_rng.pick(vagueSizes) + noun;
    }
    if (m_rng.chance(0.2))
        return decimal(m_rng.between(11, 40) / 10.0, 1) + QStringLiteral(" million ") + noun;
    return withThousands(qint64(m_rng.between(5, 600)) * 1000) + QLatin1Char(' ') + noun;
}

QString Builder::fullDate(const QDate &date)
{
    const int style = m_rng.below(6);
    const QString month = QString::fromUtf8(kMonths[date.month() - 1]);
    if (style < 2)
        return month + QLatin1Char(' ') + QString::number(date.day()) + QStringLiteral(", ") + QString::number(date.year());
    if (style < 4)
        return QString::number(date.day()) + QLatin1Char(' ') + month + QLatin1Char(' ') + QString::number(date.year());
    if (style < 5)
        return QString::fromUtf8(kMonthAbbrev[date.month() - 1]) + QLatin1Char(' ') + QString::number(date.day())
             + QStringLiteral(", ") + QString::number(date.year());
    return date.toString(Qt::ISODate);
}

QString Builder::monthYear(const QDate &date)
{
    const QString month = m_rng.chance(0.85) ? QString::fromUtf8(kMonths[date.month() - 1])
                                             : QString::fromUtf8(kMonthAbbrev[date.month() - 1]);
    return month + QLatin1Char(' ') + QString::number(date.year());
}

QString Builder::relativeDay()
{
    static const char *const relative[] = {"last week", "earlier this month", "last month", "yesterday",
                                           "this week", "three weeks ago"};
    if (m_rng.chance(0.5))
        return QStringLiteral("on ") + m_rng.pick(kWeekdays);
    return m_rng.pick(relative);
}

QString Builder::durationYears()
{
    const int n = m_rng.between(2, 12);
    if (m_rng.chance(0.5))
        return QString::fromUtf8(kNumberWords[n - 2]) + QStringLiteral(" years");
    if (m_rng.chance(0.2))
        return QString::number(6 * m_rng.between(2, 8)) + QStringLiteral(" months");
    return QString::number(n) + QStringLiteral(" years");
}

QString Builder::ticker()
{
    static const char *const exchanges[] = {"NASDAQ: ", "NYSE: ", "LSE: ", "ASX: ", ""};
    return m_rng.pick(exchanges) + m_ticker;
}

QString Builder::fill(const QString &text)
{
    QString out;
    out.reserve(text.size() + 64);
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), at);
        if (open < 0) {
            out += QStringView(text).mid(at);
            break;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), open);
        out += QStringView(text).mid(at, open - at);
        out += slot(QStringView(text).mid(open + 1, close - open - 1));
        at = close + 1;
    }
    return out;
}

QString Builder::slot(QStringView name)
{
    const auto is = [name](const char16_t *s) { return name == QStringView(s); };
    // The cast.
    // Full names at first mention, mostly short names after that.
    if (is(u"A")) {
        const bool full = !m_aNamed || m_rng.chance(0.25);
        m_aNamed = true;
        return full ? m_a.full : m_a.shortName;
    }
    if (is(u"B")) {
        const bool full = !m_bNamed || m_rng.chance(0.25);
        m_bNamed = true;
        return full ? m_b.full : m_b.shortName;
    }
    if (is(u"a"))
        return m_a.shortName;
    if (is(u"b"))
        return m_b.shortName;
    if (is(u"ap"))
        return possessive(m_a.shortName);
    if (is(u"bp"))
        return possessive(m_b.shortName);
    if (is(u"cp"))
        return possessive(m_c.shortName);
    if (is(u"D"))
        return m_d.full;
    if (is(u"INV"))
        return m_investor;
    if (is(u"INV2"))
        return m_investor2;
    if (is(u"FIRM"))
        return m_firm;
    if (is(u"CEO"))
        return m_ceo.full();
    if (is(u"CEOS"))
        return m_ceo.last.at(0).isLower() ? m_ceo.full() : m_ceo.last;
    if (is(u"EXB"))
        return m_exec.full();
    if (is(u"EXBROLE"))
        return m_execRole;
    if (is(u"AN"))
        return m_analyst.full();
    if (is(u"PROD"))
        return m_product;
    if (is(u"PUB"))
        return m_publisher;
    if (is(u"TICK"))
        return m_ticker;
    if (is(u"TICKX"))
        return ticker();
    if (is(u"TICK2"))
        return m_ticker2;
    if (is(u"CITY"))
        return city();
    if (is(u"CITY2"))
        return city();
    if (is(u"COUNTRY"))
        return m_rng.pick(kCountries);
    if (is(u"SECTOR"))
        return m_rng.pick(kSectors);
    if (is(u"SER"))
        return QString(QChar(u'A' + m_rng.below(6)));
    if (is(u"QUOTE"))
        return QString::fromUtf8(kQuotes[m_quoteDeck.draw(m_rng)]);
    if (is(u"DEAL")) {
        ++m_counts->money;
        return m_deal;
    }
    if (is(u"STAKE")) {
        ++m_counts->percent;
        return m_stake;
    }
    if (is(u"CAP")) {
        ++m_counts->power;
        return m_capacity;
    }
    if (is(u"PCTS")) {
        ++m_counts->percent;
        return decimal(m_rng.between(5, 150) / 10.0, 1) + QStringLiteral(" percentage points");
    }
    if (is(u"HOMES")) {
        ++m_counts->count;
        return withThousands(qint64(m_rng.between(20, 900)) * 1000) + QStringLiteral(" homes");
    }
    if (is(u"DTA")) {
        ++m_counts->date;
        return fullDate(m_date);
    }
    // Money.
    if (is(u"M"))
        return money();
    if (is(u"MQ"))
        return m_rng.chance(0.4) ? qualified(money()) : money();
    if (is(u"MR"))
        return moneyRange();
    if (is(u"MPS"))
        return perShare();
    if (is(u"MCV")) {
        // A figure with its conversion in brackets: two figures.
        const QString home = money(1);
        if (m_currencyCode == QLatin1String("USD"))
            return home;
        ++m_counts->money;
        return home + QStringLiteral(" ($") + decimal(m_rng.between(10, 900) / 10.0, 1) + QStringLiteral("bn)");
    }
    if (is(u"RETM")) {
        // "X, not Y": Y is withdrawn.
        ++m_truth.retracted;
        const QString right = money(1);
        return right + QStringLiteral(", not ") + money(0);
    }
    if (is(u"MWRONG")) {
        ++m_truth.retracted;
        return money();
    }
    // Percentages, power, counts.
    if (is(u"PCT"))
        return percent();
    if (is(u"PCTQ"))
        return m_rng.chance(0.5) ? qualified(percent()) : percent();
    if (is(u"PCTR"))
        return percentRange();
    if (is(u"RETP")) {
        ++m_truth.retracted;
        const QString right = percent();
        return right + QStringLiteral(", not ") + percent();
    }
    if (is(u"PW"))
        return power();
    if (is(u"PWQ"))
        return m_rng.chance(0.5) ? qualified(power()) : power();
    if (is(u"CH"))
        return chips(false);
    if (is(u"CHQ"))
        return qualified(chips(false));
    if (is(u"CHV"))
        return chips(true);
    if (is(u"EMP")) {
        ++m_counts->count;
        static const char *const staff[] = {" employees", " people", " engineers", " staff", " workers"};
        return withThousands(m_rng.chance(0.5) ? 10 * m_rng.between(5, 99) : 100 * m_rng.between(10, 400))
             + m_rng.pick(staff);
    }
    // Dates and durations.
    if (is(u"DT")) {
        ++m_counts->date;
        return fullDate(m_date.addDays(-m_rng.between(1, 400)));
    }
    if (is(u"MY")) {
        ++m_counts->date;
        return monthYear(m_date.addDays(-m_rng.between(20, 900)));
    }
    if (is(u"MYF")) {
        ++m_counts->date;
        return monthYear(m_date.addDays(m_rng.between(60, 900)));
    }
    if (is(u"Y")) {
        ++m_counts->date;
        return QString::number(m_date.year() - m_rng.between(2, 9));
    }
    if (is(u"Y2")) {
        ++m_counts->date;
        return QString::number(m_date.year() - m_rng.between(0, 1));
    }
    if (is(u"YF")) {
        ++m_counts->date;
        return QString::number(m_date.year() + m_rng.between(1, 4));
    }
    if (is(u"YEND")) {
        ++m_counts->date;
        const QString year = QString::number(m_date.year() + m_rng.between(1, 3));
        return m_rng.chance(0.5) ? QStringLiteral("end-") + year : QStringLiteral("the end of ") + year;
    }
    if (is(u"REL")) {
        ++m_counts->date;
        return relativeDay();
    }
    if (is(u"DUR")) {
        ++m_counts->duration;
        return durationYears();
    }
    if (is(u"DURA")) {
        ++m_counts->duration;
        const int n = m_rng.between(2, 15);
        return (m_rng.chance(0.5) && n <= 12 ? QString::fromUtf8(kNumberWords[n - 2]) : QString::number(n))
             + QStringLiteral("-year");
    }
    if (is(u"DURD")) {
        ++m_counts->duration;
        return QString::number(m_rng.between(3, 18) * 5) + QStringLiteral(" days");
    }
    if (is(u"DURM")) {
        ++m_counts->duration;
        return QString::number(m_rng.between(2, 18)) + QStringLiteral(" months");
    }
    return QLatin1Char('{') + name.toString() + QLatin1Char('}');
}

Block Builder::storyParagraph(int sentences, bool lead)
{
    Block block;
    m_counts = &block.counts;
    QStringList parts;
    for (int i = 0; i < sentences; ++i) {
        const int roll = m_rng.below(20);
        if (lead && i == 0) {
            m_truth.patterns.append(countOf(kStoryPatterns) + m_lead);
            parts << fill(kLeadPatterns[m_lead]);
        } else if (lead || roll < 12) {
            const int pattern = m_storyDeck.draw(m_rng);
            if (!m_truth.patterns.contains(pattern))
                m_truth.patterns.append(pattern);
            parts << fill(kStoryPatterns[pattern]);
        } else if (roll < 15) {
            parts << fill(kQuoteFrames[m_frameDeck.draw(m_rng)]);
        } else if (roll < 19) {
            parts << fill(kBackground[m_backgroundDeck.draw(m_rng)]);
        } else {
            parts << fill(kTraps[m_trapDeck.draw(m_rng)]);
        }
    }
    block.text = parts.join(QLatin1Char(' '));
    block.kind = !lead && block.text.startsWith(QStringLiteral("“")) && sentences == 1 ? Block::Quote : Block::Paragraph;
    m_counts = nullptr;
    return block;
}

SyntheticCorpus::GeneratedArticle Builder::build()
{
    QList<Block> blocks;
    SyntheticCorpus::FigureCounts scratch;

    // Files between 1 and 12 KB, most of them short (about 4 KB on average):
    // the story grows to 1 KB + 10 KB * u^3, less what HTML markup adds.
    qsizetype target = 1000 + qsizetype(10000.0 * std::pow(m_rng.unit(), 3.0));
    if (m_format == QLatin1String("html"))
        target = std::max<qsizetype>(600, target - 1100);

    Block title;
    title.kind = Block::Title;
    m_counts = &title.counts;
    m_lead = m_rng.below(countOf(kLeadPatterns));
    title.text = m_rng.chance(0.75) ? fill(kLeadTitles[m_lead])
                                    : fill(kTitlePatterns[m_rng.below(countOf(kTitlePatterns))]);
    m_counts = nullptr;
    blocks << title;

    if (m_dateStated || m_rng.chance(0.5)) {
        Block meta;
        meta.kind = Block::Meta;
        m_counts = &meta.counts;
        QStringList bits;
        if (m_rng.chance(0.7))
            bits << QStringLiteral("By ") + m_analyst.full();
        if (m_dateStated) {
            ++meta.counts.date;
            bits << (m_rng.chance(0.5) ? QStringLiteral("Published ") : QString()) + fullDate(m_date);
        }
        m_counts = nullptr;
        meta.text = bits.join(QStringLiteral(" | "));
        if (!meta.text.isEmpty())
            blocks << meta;
    }

    qsizetype length = title.text.size();
    const Block lead = storyParagraph(m_rng.between(1, 3), true);
    blocks << lead;
    length += lead.text.size();
    QList<int> storyIndexes{int(blocks.size()) - 1};
    while (length < target) {
        if (m_rng.chance(0.15)) {
            Block heading;
            heading.kind = Block::Heading;
            heading.text = m_rng.pick(kSubheadings);
            blocks << heading;
        }
        if (m_rng.chance(0.08)) {
            Block bullets;
            bullets.kind = Block::Bullets;
            m_counts = &bullets.counts;
            const int n = m_rng.between(2, 4);
            for (int i = 0; i < n; ++i)
                bullets.items << fill(kStoryPatterns[m_storyDeck.draw(m_rng)]);
            m_counts = nullptr;
            length += bullets.items.join(QLatin1Char('\n')).size();
            blocks << bullets;
            continue;
        }
        const Block p = storyParagraph(m_rng.between(1, 4), false);
        length += p.text.size();
        storyIndexes << int(blocks.size());
        blocks << p;
    }

    // A correction at the foot of the story.
    if (m_rng.chance(0.12)) {
        Block correction;
        correction.kind = Block::Correction;
        m_counts = &correction.counts;
        correction.text = fill(kCorrections[m_rng.below(countOf(kCorrections))]);
        m_counts = nullptr;
        blocks << correction;
    }

    // Everything below is not the story.
    QList<Block> tail;
    if (m_rng.chance(0.15)) {
        ++m_truth.repeatedBlocks;
        Block heading;
        heading.kind = Block::RepeatHeading;
        static const char *const repeatHeadings[] = {"Quick answers", "Key takeaways", "In brief", "Summary"};
        heading.text = m_rng.pick(repeatHeadings);
        tail << heading;
        // A paragraph with figures, so that repeating it matters.
        QList<int> withFigures;
        for (const int i : std::as_const(storyIndexes))
            if (blocks.at(i).counts.total() > 0)
                withFigures << i;
        Block copy = blocks.at(withFigures.at(m_rng.below(int(withFigures.size()))));
        copy.kind = Block::Paragraph;
        tail << copy;
    }
    if (m_rng.chance(0.35)) {
        Block heading;
        heading.kind = Block::TeaserHeading;
        m_counts = &scratch;
        heading.text = fill(kTeaserHeadings[m_rng.below(countOf(kTeaserHeadings))]);
        tail << heading;
        const int n = m_rng.between(1, 4);
        for (int i = 0; i < n; ++i) {
            Block teaser;
            teaser.kind = Block::Teaser;
            // Teasers are about other companies.
            const Company a = m_a, b = m_b;
            const QString deal = m_deal, stake = m_stake, capacity = m_capacity;
            m_a = makeCompany(m_rng.chance(0.5));
            m_b = makeCompany(false);
            makeMainFigures();
            m_counts = &teaser.counts;
            teaser.text = fill(kTitlePatterns[m_rng.below(countOf(kTitlePatterns))]);
            m_a = a;
            m_b = b;
            m_deal = deal;
            m_stake = stake;
            m_capacity = capacity;
            ++m_truth.teasers;
            tail << teaser;
        }
        m_counts = nullptr;
    }
    const int furniture = m_rng.below(4);
    for (int i = 0; i < furniture; ++i) {
        Block f;
        f.kind = Block::Furniture;
        m_counts = &f.counts;
        const int which = m_rng.below(countOf(kFurniture));
        f.text = fill(kFurniture[which]);
        if (qstrncmp(kFurniture[which], "{TICK}", 6) == 0)
            f.counts.percent += 2; // the market strip
        m_counts = nullptr;
        tail << f;
    }
    if (m_rng.chance(0.3)) {
        Block copyright;
        copyright.kind = Block::Furniture;
        copyright.text = QStringLiteral("© ") + QString::number(m_date.year()) + QLatin1Char(' ') + m_publisher
                       + QStringLiteral(". All rights reserved.");
        ++copyright.counts.date;
        tail << copyright;
    }

    const auto add = [](SyntheticCorpus::FigureCounts &to, const SyntheticCorpus::FigureCounts &from) {
        to.money += from.money;
        to.percent += from.percent;
        to.power += from.power;
        to.count += from.count;
        to.date += from.date;
        to.duration += from.duration;
    };
    for (const Block &b : std::as_const(blocks))
        add(m_truth.story, b.counts);
    for (const Block &b : std::as_const(tail))
        add(m_truth.excluded, b.counts);
    blocks << tail;

    SyntheticCorpus::GeneratedArticle article;
    article.index = m_index;
    article.format = m_format;
    article.title = title.text;
    article.publisher = m_publisher;
    article.date = m_date;
    article.fileName = QString::number(m_index).rightJustified(6, QLatin1Char('0')) + QLatin1Char('_')
                     + slugOf(title.text) + QLatin1Char('.') + m_format;
    QString text = render(blocks);
    if (m_format == QLatin1String("txt") && m_rng.chance(0.1))
        text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QByteArray bytes;
    if (m_format != QLatin1String("html") && m_rng.chance(0.1))
        bytes = QByteArray("\xef\xbb\xbf");
    bytes += text.toUtf8();
    article.bytes = std::move(bytes);
    article.truth = std::move(m_truth);
    return article;
}

QString Builder::render(const QList<Block> &blocks)
{
    if (m_format == QLatin1String("md"))
        return renderMarkdown(blocks);
    if (m_format == QLatin1String("html"))
        return renderHtml(blocks);
    return renderText(blocks);
}

QString Builder::renderText(const QList<Block> &blocks)
{
    const bool blankLines = m_rng.chance(0.5);
    const QString bullet = m_rng.chance(0.5) ? QStringLiteral("• ") : QStringLiteral("- ");
    QString out;
    for (const Block &b : blocks) {
        if (b.kind == Block::Bullets) {
            for (const QString &item : b.items)
                out += bullet + item + QLatin1Char('\n');
        } else if (b.kind == Block::Teaser) {
            out += b.text + QLatin1Char('\n');
            continue;
        } else {
            out += b.text + QLatin1Char('\n');
        }
        if (blankLines)
            out += QLatin1Char('\n');
    }
    return out;
}

QString Builder::renderMarkdown(const QList<Block> &blocks)
{
    QString out;
    bool boldDone = false;
    for (const Block &b : blocks) {
        switch (b.kind) {
        case Block::Title: out += QStringLiteral("# ") + b.text + QStringLiteral("\n\n"); break;
        case Block::Meta: out += QLatin1Char('_') + b.text + QStringLiteral("_\n\n"); break;
        case Block::Heading:
        case Block::RepeatHeading: out += QStringLiteral("## ") + b.text + QStringLiteral("\n\n"); break;
        case Block::TeaserHeading: out += QStringLiteral("### ") + b.text + QStringLiteral("\n\n"); break;
        case Block::Teaser:
            out += QStringLiteral("- [") + b.text + QStringLiteral("](https://") + m_site + QLatin1Char('/')
                 + slugOf(b.text) + QStringLiteral(")\n");
            break;
        case Block::Quote: out += QStringLiteral("> ") + b.text + QStringLiteral("\n\n"); break;
        case Block::Bullets:
            for (const QString &item : b.items)
                out += QStringLiteral("- ") + item + QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        case Block::Correction: out += QLatin1Char('*') + b.text + QStringLiteral("*\n\n"); break;
        case Block::Paragraph:
            if (!boldDone && b.text.contains(m_a.shortName)) {
                QString text = b.text;
                text.replace(text.indexOf(m_a.shortName), m_a.shortName.size(),
                             QStringLiteral("**") + m_a.shortName + QStringLiteral("**"));
                out += text + QStringLiteral("\n\n");
                boldDone = true;
                break;
            }
            out += b.text + QStringLiteral("\n\n");
            break;
        case Block::Furniture: out += b.text + QStringLiteral("\n\n"); break;
        }
    }
    return out;
}

QString Builder::renderHtml(const QList<Block> &blocks)
{
    const QString title = htmlEscaped(blocks.first().text);
    const QString iso = m_date.toString(Qt::ISODate);
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>") + title
         + QStringLiteral(" | ") + htmlEscaped(m_publisher) + QStringLiteral("</title>\n");
    out += QStringLiteral("<meta property=\"og:title\" content=\"") + title + QStringLiteral("\">\n");
    out += QStringLiteral("<meta property=\"og:site_name\" content=\"") + htmlEscaped(m_publisher) + QStringLiteral("\">\n");
    if (m_dateStated)
        out += QStringLiteral("<meta property=\"article:published_time\" content=\"") + iso
             + QStringLiteral("T08:30:00Z\">\n");
    // Metadata and scripts carry numbers that are not the story's figures.
    out += QStringLiteral("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"")
         + title + QStringLiteral("\",\"datePublished\":\"") + iso + QStringLiteral("\",\"wordCount\":")
         + QString::number(m_rng.between(300, 2000)) + QStringLiteral(",\"publisher\":{\"@type\":\"Organization\",\"name\":\"")
         + htmlEscaped(m_publisher) + QStringLiteral("\"}}</script>\n");
    out += QStringLiteral("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({slot:\"top-728x90\",floor:2.5,ttl:3600});</script>\n");
    out += QStringLiteral("<style>body{max-width:720px;margin:0 auto}</style>\n</head>\n<body>\n");
    out += QStringLiteral("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/markets\">Markets</a></li><li><a href=\"/tech\">Technology</a></li><li><a href=\"/deals\">Deals</a></li></ul></nav>\n");
    out += QStringLiteral("<main>\n<article>\n");
    bool inAside = false;
    bool inFooter = false;
    for (const Block &b : blocks) {
        const QString text = htmlEscaped(b.text);
        const bool after = b.kind == Block::TeaserHeading || b.kind == Block::Teaser;
        if (after && !inAside) {
            out += QStringLiteral("</article>\n<aside class=\"related\">\n");
            inAside = true;
        }
        if (b.kind == Block::Furniture && !inFooter) {
            out += inAside ? QStringLiteral("</aside>\n</main>\n<footer>\n") : QStringLiteral("</article>\n</main>\n<footer>\n");
            inFooter = true;
            inAside = false;
        }
        switch (b.kind) {
        case Block::Title: out += QStringLiteral("<h1>") + text + QStringLiteral("</h1>\n"); break;
        case Block::Meta: out += QStringLiteral("<p class=\"byline\">") + text + QStringLiteral("</p>\n"); break;
        case Block::Heading:
        case Block::RepeatHeading: out += QStringLiteral("<h2>") + text + QStringLiteral("</h2>\n"); break;
        case Block::TeaserHeading: out += QStringLiteral("<h3>") + text + QStringLiteral("</h3>\n"); break;
        case Block::Teaser:
            out += QStringLiteral("<a href=\"/") + slugOf(b.text) + QStringLiteral("\">") + text + QStringLiteral("</a>\n");
            break;
        case Block::Quote: out += QStringLiteral("<blockquote><p>") + text + QStringLiteral("</p></blockquote>\n"); break;
        case Block::Bullets:
            out += QStringLiteral("<ul>\n");
            for (const QString &item : b.items)
                out += QStringLiteral("<li>") + htmlEscaped(item) + QStringLiteral("</li>\n");
            out += QStringLiteral("</ul>\n");
            break;
        case Block::Correction: out += QStringLiteral("<p><em>") + text + QStringLiteral("</em></p>\n"); break;
        case Block::Paragraph: out += QStringLiteral("<p>") + text + QStringLiteral("</p>\n"); break;
        case Block::Furniture: out += QStringLiteral("<p>") + text + QStringLiteral("</p>\n"); break;
        }
    }
    if (inFooter)
        out += QStringLiteral("</footer>\n");
    else if (inAside)
        out += QStringLiteral("</aside>\n</main>\n");
    else
        out += QStringLiteral("</article>\n</main>\n");
    out += QStringLiteral("<script src=\"/static/app.js?v=20240311\" defer></script>\n</body>\n</html>\n");
    return out;
}

} // namespace

SyntheticCorpus::SyntheticCorpus(quint64 seed, Format format)
    : m_seed(seed)
    , m_format(format)
{
}

SyntheticCorpus::GeneratedArticle SyntheticCorpus::article(quint64 index) const
{
    return Builder(m_seed, m_format, index).build();
}

int SyntheticCorpus::storyPatternCount()
{
    return countOf(kStoryPatterns) + countOf(kLeadPatterns);
}

} // namespace DealScope
