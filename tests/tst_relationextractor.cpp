// SPDX-License-Identifier: GPL-3.0-or-later
#include "facttestbuilder.h"
#include "relationextractor.h"

#include <QTest>

using namespace DealScope;

// The readings of the figure written `target` in the built article, " ; " between several.
static QString readingsOf(const FactTestBuilder &b, const QString &target)
{
    const qsizetype at = b.extraction().article.text.indexOf(target);
    QStringList got;
    for (const FactMention &m : RelationExtractor().extract(b.extraction()))
        if (m.start == at)
            got << FactTestBuilder::describe(m);
    return got.join(QStringLiteral(" ; "));
}

class TestRelationExtractor : public QObject
{
    Q_OBJECT

private slots:
    void reading_data();
    void reading();
    void bareMonth_data();
    void bareMonth();
    void quoteAndSpan();
    void gazetteerPartOf();
    void datedPartOf_data();
    void datedPartOf();
    void stakeInAGroupCompany();
};

void TestRelationExtractor::reading_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("entities");
    QTest::addColumn<QString>("figures");
    QTest::addColumn<QString>("target");   // the figure whose readings are checked
    QTest::addColumn<QString>("expected"); // its readings, " ; " between several

    QTest::newRow("a round for the company named after it")
        << QStringLiteral("Corvane Capital led a $400 million funding round for the two-year-old Lumora Labs.")
        << QStringLiteral("Corvane Capital;Lumora Labs") << QStringLiteral("$400 million|4e8|USD")
        << QStringLiteral("$400 million") << QStringLiteral("round_total Lumora Labs -");
    QTest::newRow("a round of the company named right before the sum")
        << QStringLiteral("Kestrel Capital also joined Dana Whitlock's Orvane $300 million funding round.")
        << QStringLiteral("Kestrel Capital;Dana Whitlock:person>Orbis Motors;Orvane") << QStringLiteral("$300 million|3e8|USD")
        << QStringLiteral("$300 million") << QStringLiteral("round_total Orvane -");
    QTest::newRow("a round of the company the investor backs")
        << QStringLiteral("Kestrel Capital backed Orvane in May, contributing $50 million to a $300 million funding round.")
        << QStringLiteral("Kestrel Capital;Orvane") << QStringLiteral("$50 million|5e7|USD;$300 million|3e8|USD")
        << QStringLiteral("$300 million") << QStringLiteral("round_total Orvane -");
    QTest::newRow("a founder in an aside is no party")
        << QStringLiteral("Orvane, the robotics startup founded by Dana Whitlock, has raised $300 million.")
        << QStringLiteral("Orvane;Dana Whitlock:person>Orbis Motors") << QStringLiteral("$300 million|3e8|USD")
        << QStringLiteral("$300 million") << QStringLiteral("round_total Orvane -");
    QTest::newRow("bought by a company a person owns")
        << QStringLiteral("Lusomar agreed to be acquired by an entity wholly owned by Orbis Motors CEO Dana Whitlock in an all-cash deal worth about $4 billion.")
        << QStringLiteral("Lusomar;Orbis Motors;Dana Whitlock:person>Orbis Motors") << QStringLiteral("$4 billion|4e9|USD|approx")
        << QStringLiteral("$4 billion") << QStringLiteral("stake_value Dana Whitlock Lusomar");
    QTest::newRow("a company saying who a speaker is stays a party")
        << QStringLiteral("Kestrel will buy 2 GW of capacity from Orbis Motors, Orbis Motors CEO Dana Whitlock said.")
        << QStringLiteral("Kestrel;Orbis Motors;Orbis Motors;Dana Whitlock:person>Orbis Motors") << QStringLiteral("2 GW|2e9|W")
        << QStringLiteral("2 GW") << QStringLiteral("capacity_power Kestrel Orbis Motors");
    QTest::newRow("what a sum of compute is worth")
        << QStringLiteral("Nimbus Cloud signed a five-year agreement to provide Lumora Labs with $40 billion worth of computing infrastructure.")
        << QStringLiteral("Nimbus Cloud;Lumora Labs") << QStringLiteral("$40 billion|4e10|USD")
        << QStringLiteral("$40 billion") << QStringLiteral("compute_commitment Lumora Labs Nimbus Cloud");
    QTest::newRow("a deal with a company for it to purchase")
        << QStringLiteral("Nimbus Cloud signed a deal with Lumora Labs for the AI company to purchase $40 billion worth of compute power.")
        << QStringLiteral("Nimbus Cloud;Lumora Labs") << QStringLiteral("$40 billion|4e10|USD")
        << QStringLiteral("$40 billion") << QStringLiteral("compute_commitment Lumora Labs Nimbus Cloud");
    QTest::newRow("revenue a contract brings is no deal")
        << QStringLiteral("Nimbus Cloud disclosed over $90 billion in future contract revenue.")
        << QStringLiteral("Nimbus Cloud") << QStringLiteral("$90 billion|9e10|USD|lower_bound")
        << QStringLiteral("$90 billion") << QStringLiteral("other Nimbus Cloud -");
    QTest::newRow("what a block of shares is worth")
        << QStringLiteral("At Friday's price, 40 million shares of Kestrel Semiconductor are worth about $9 billion.")
        << QStringLiteral("Kestrel Semiconductor") << QStringLiteral("$9 billion|9e9|USD|approx")
        << QStringLiteral("$9 billion") << QStringLiteral("other Kestrel Semiconductor -");
    QTest::newRow("the first step of a capacity deal")
        << QStringLiteral("Lumora Labs will deploy 4 gigawatts of Kestrel GPUs, starting with 1 gigawatt in 2027.")
        << QStringLiteral("Lumora Labs;Kestrel") << QStringLiteral("4 gigawatts|4e9|W;1 gigawatt|1e9|W;2027|2027|year")
        << QStringLiteral("1 gigawatt") << QStringLiteral("capacity_power Lumora Labs Kestrel part=tranche @2027");
    QTest::newRow("an offer from a consortium led by a company")
        << QStringLiteral("Harrow Foods has agreed to a raised takeover offer worth £2.1 billion ($2.8 billion) from a consortium led by Kestrel Capital, it said.")
        << QStringLiteral("Harrow Foods;Kestrel Capital") << QStringLiteral("£2.1 billion|2.1e9|GBP;$2.8 billion|2.8e9|USD")
        << QStringLiteral("£2.1 billion") << QStringLiteral("stake_value Kestrel Capital Harrow Foods");
    QTest::newRow("an offer from a company another owns")
        << QStringLiteral("Harrow Foods accepted a £2.1 billion offer from Orbis-owned Kestrel Capital.")
        << QStringLiteral("Harrow Foods;Orbis;Kestrel Capital") << QStringLiteral("£2.1 billion|2.1e9|GBP")
        << QStringLiteral("£2.1 billion") << QStringLiteral("stake_value Kestrel Capital Harrow Foods");
    QTest::newRow("the price paid for a stake")
        << QStringLiteral("Kestrel Capital paid $300 million for a 25% stake in Lumora Labs.")
        << QStringLiteral("Kestrel Capital;Lumora Labs") << QStringLiteral("$300 million|3e8|USD;25%|25|%")
        << QStringLiteral("$300 million") << QStringLiteral("stake_value Kestrel Capital Lumora Labs");
    QTest::newRow("a stake bought in a chipmaker is no compute")
        << QStringLiteral("Norvik Holdings spent 2 billion euros for a 40 percent stake in Velmora Chips.")
        << QStringLiteral("Norvik Holdings;Velmora Chips") << QStringLiteral("2 billion euros|2e9|EUR;40 percent|40|%")
        << QStringLiteral("2 billion euros") << QStringLiteral("stake_value Norvik Holdings Velmora Chips");
    QTest::newRow("what the seller receives for a stake")
        << QStringLiteral("Kobalt Energy will receive 1.2 billion pounds for the 30% stake, it said.")
        << QStringLiteral("Kobalt Energy") << QStringLiteral("1.2 billion pounds|1.2e9|GBP;30%|30|%")
        << QStringLiteral("1.2 billion pounds") << QStringLiteral("other Kobalt Energy -");
    QTest::newRow("a leader buying in their own name")
        << QStringLiteral("Dana Whitlock bought a 6% stake in Kestrel Air.")
        << QStringLiteral("Dana Whitlock:person>Orbis Motors;Kestrel Air") << QStringLiteral("6%|6|%")
        << QStringLiteral("6%") << QStringLiteral("stake_percent Dana Whitlock Kestrel Air");
    QTest::newRow("a leader revealing her stake")
        << QStringLiteral("Shares jumped after Dana Whitlock disclosed her 9.1% stake in Kestrel Air.")
        << QStringLiteral("Dana Whitlock:person>Orbis Motors;Kestrel Air") << QStringLiteral("9.1%|9.1|%")
        << QStringLiteral("9.1%") << QStringLiteral("stake_percent Dana Whitlock Kestrel Air");
    QTest::newRow("an unlisted investor buying")
        << QStringLiteral("Billionaire Rui Tavora has bought a 12% stake in Lusomar.")
        << QStringLiteral("Rui Tavora:person;Lusomar") << QStringLiteral("12%|12|%")
        << QStringLiteral("12%") << QStringLiteral("stake_percent Rui Tavora Lusomar");
    QTest::newRow("a leader speaking for the company")
        << QStringLiteral("Dana Whitlock said Orbis Motors bought a 6% stake in Kestrel Air.")
        << QStringLiteral("Dana Whitlock:person>Orbis Motors;Orbis Motors;Kestrel Air") << QStringLiteral("6%|6|%")
        << QStringLiteral("6%") << QStringLiteral("stake_percent Orbis Motors Kestrel Air");
    QTest::newRow("invests in")
        << QStringLiteral("Siemens invested $2 billion in Helio Robotics in 2021.")
        << QStringLiteral("Siemens;Helio Robotics") << QStringLiteral("$2 billion|2e9|USD;2021|2021|year")
        << QStringLiteral("$2 billion") << QStringLiteral("investment Siemens Helio Robotics @2021");
    QTest::newRow("investment from X into Y")
        << QStringLiteral("The round includes a €500 million investment from Allianz into Nordwind, the carmaker said.")
        << QStringLiteral("Allianz;Nordwind") << QStringLiteral("€500 million|5e8|EUR")
        << QStringLiteral("€500 million") << QStringLiteral("investment Allianz Nordwind");
    QTest::newRow("Y secures investment from X")
        << QStringLiteral("Lumen Bio secures a $300 million investment from Pfizer as part of a licensing pact.")
        << QStringLiteral("Lumen Bio;Pfizer") << QStringLiteral("$300 million|3e8|USD")
        << QStringLiteral("$300 million") << QStringLiteral("investment Pfizer Lumen Bio");
    QTest::newRow("passive voice")
        << QStringLiteral("A further £40 million was invested in Octavia Energy by Shell Ventures last year.")
        << QStringLiteral("Octavia Energy;Shell Ventures") << QStringLiteral("£40 million|4e7|GBP")
        << QStringLiteral("£40 million") << QStringLiteral("investment Shell Ventures Octavia Energy");
    QTest::newRow("which invested, relative clause")
        << QStringLiteral("The chipmaker competes with Graphcore, into which Sequoia has invested at least $200 million.")
        << QStringLiteral("Graphcore;Sequoia") << QStringLiteral("$200 million|2e8|USD|lower_bound")
        << QStringLiteral("$200 million") << QStringLiteral("investment Sequoia Graphcore");
    QTest::newRow("possessive head: in X's rival Y")
        << QStringLiteral("Toyota's existing investment in Honda's rival Nissan, into which Toyota has put $1 billion, is unchanged.")
        << QStringLiteral("Toyota;Honda;Nissan") << QStringLiteral("$1 billion|1e9|USD")
        << QStringLiteral("$1 billion") << QStringLiteral("investment Toyota Nissan");
    QTest::newRow("each contributed")
        << QStringLiteral("Tencent and Alibaba each invested $1.5 billion in Zhipu, the filing shows.")
        << QStringLiteral("Tencent;Alibaba;Zhipu") << QStringLiteral("$1.5 billion|1.5e9|USD")
        << QStringLiteral("$1.5 billion")
        << QStringLiteral("investment Tencent Zhipu ; investment Alibaba Zhipu");
    QTest::newRow("date of the previous sentence, pointed back to")
        << QStringLiteral("Renault and Nissan rebalanced their alliance in February 2023. That agreement left Renault "
                          "holding a 15% stake in Nissan.")
        << QStringLiteral("Renault;Nissan") << QStringLiteral("February 2023|2023-02|month;15%|15|%")
        << QStringLiteral("15%") << QStringLiteral("stake_percent Renault Nissan @2023-02");
    QTest::newRow("no pointing back, no borrowed date")
        << QStringLiteral("Bayer signed a licensing deal in May 2021. Separately, Bayer invested $100 million in Ginkgo.")
        << QStringLiteral("Bayer;Ginkgo") << QStringLiteral("May 2021|2021-05|month;$100 million|1e8|USD")
        << QStringLiteral("$100 million") << QStringLiteral("investment Bayer Ginkgo");
    QTest::newRow("X's Y stake: X holds a stake in Y")
        << QStringLiteral("The deal will raise Vodafone's Cegetel stake to 56 per cent, the group said.")
        << QStringLiteral("Vodafone;Cegetel") << QStringLiteral("56 per cent|56|%")
        << QStringLiteral("56 per cent") << QStringLiteral("stake_percent Vodafone Cegetel");
    QTest::newRow("X's Y stake is worth: X's stake value in Y")
        << QStringLiteral("Prosus's Tencent stake is worth about $130 billion.")
        << QStringLiteral("Prosus;Tencent") << QStringLiteral("$130 billion|1.3e11|USD|approx")
        << QStringLiteral("$130 billion") << QStringLiteral("stake_value Prosus Tencent");
    QTest::newRow("its own stake is the sentence subject's")
        << QStringLiteral("Vivendi said it was looking at Vodafone's bid but might raise its own 44% stake in SFR.")
        << QStringLiteral("Vivendi;Vodafone;SFR") << QStringLiteral("44%|44|%")
        << QStringLiteral("44%") << QStringLiteral("stake_percent Vivendi SFR speculation");
    QTest::newRow("a sum restated in brackets after 'approximately'")
        << QStringLiteral("Zepto was valued at around Rs 8,300 crore (approximately $1 billion) in the round.")
        << QStringLiteral("Zepto") << QStringLiteral("Rs 8,300 crore|8.3e10|INR|approx;$1 billion|1e9|USD|approx")
        << QStringLiteral("$1 billion") << QStringLiteral("valuation Zepto -");
    QTest::newRow("holders and figures listed respectively pair up")
        << QStringLiteral("Besides Ola's founders, the holders are SoftBank and Tencent, which own 22% and 9%, respectively.")
        << QStringLiteral("SoftBank;Tencent;Ola") << QStringLiteral("22%|22|%;9%|9|%")
        << QStringLiteral("22%") << QStringLiteral("stake_percent SoftBank Ola");
    QTest::newRow("holders and figures listed respectively: the second")
        << QStringLiteral("Besides Ola's founders, the holders are SoftBank and Tencent, which own 22% and 9%, respectively.")
        << QStringLiteral("SoftBank;Tencent;Ola") << QStringLiteral("22%|22|%;9%|9|%")
        << QStringLiteral("9%") << QStringLiteral("stake_percent Tencent Ola");
    QTest::newRow("X's $N purchase of Y is X's stake value in Y")
        << QStringLiteral("The deal follows Broadcom's $69 billion purchase of VMware in 2023.")
        << QStringLiteral("Broadcom;VMware") << QStringLiteral("$69 billion|6.9e10|USD;2023|2023|year")
        << QStringLiteral("$69 billion") << QStringLiteral("stake_value Broadcom VMware @2023");
    QTest::newRow("the deal follows an earlier purchase: no date pointed back")
        << QStringLiteral("Roche agreed to buy Carmot in March 2024. The deal follows Novartis's $9.7 billion purchase of Chinook.")
        << QStringLiteral("Roche;Carmot;Novartis;Chinook") << QStringLiteral("March 2024|2024-03|month;$9.7 billion|9.7e9|USD")
        << QStringLiteral("$9.7 billion") << QStringLiteral("stake_value Novartis Chinook");
    QTest::newRow("an unnamed buyer's purchase borrows no buyer")
        << QStringLiteral("Sanofi paid $11 billion for Bioverativ. The deal follows Zorvex's $4 billion purchase of Synthorx.")
        << QStringLiteral("Sanofi;Bioverativ;Synthorx") << QStringLiteral("$11 billion|1.1e10|USD;$4 billion|4e9|USD")
        << QStringLiteral("$4 billion") << QStringLiteral("stake_value - Synthorx");
    QTest::newRow("a purchase of chips from a maker stays compute")
        << QStringLiteral("Meta's $2 billion purchase of Nvidia chips closed in 2024.")
        << QStringLiteral("Meta;Nvidia") << QStringLiteral("$2 billion|2e9|USD;2024|2024|year")
        << QStringLiteral("$2 billion") << QStringLiteral("compute_commitment Meta Nvidia @2024");
    QTest::newRow("a date of another event after the figure is not its")
        << QStringLiteral("SoftBank will receive a 4.5% stake in Deutsche Telekom, a tie that follows years of talks after "
                          "SoftBank sold Sprint to T-Mobile in a deal that closed in 2020.")
        << QStringLiteral("SoftBank;Deutsche Telekom;Sprint;T-Mobile") << QStringLiteral("4.5%|4.5|%;2020|2020|year")
        << QStringLiteral("4.5%") << QStringLiteral("stake_percent SoftBank Deutsche Telekom");
    QTest::newRow("a deadline is not the event's date")
        << QStringLiteral("Regulators want the merger closed by 2027. The deal gives Orange a 20% stake in MasOrange.")
        << QStringLiteral("Orange;MasOrange") << QStringLiteral("2027|2027|year;20%|20|%")
        << QStringLiteral("20%") << QStringLiteral("stake_percent Orange MasOrange");
    QTest::newRow("stake retained")
        << QStringLiteral("Under the new terms, Volkswagen retained a 49% stake in Rivian Europe.")
        << QStringLiteral("Volkswagen;Rivian Europe") << QStringLiteral("49%|49|%")
        << QStringLiteral("49%") << QStringLiteral("stake_percent Volkswagen Rivian Europe");
    QTest::newRow("stake held by")
        << QStringLiteral("A 12% stake in Arcadia Foods is held by Nestle.")
        << QStringLiteral("Arcadia Foods;Nestle") << QStringLiteral("12%|12|%")
        << QStringLiteral("12%") << QStringLiteral("stake_percent Nestle Arcadia Foods");
    QTest::newRow("derived ratio is not a stake")
        << QStringLiteral("The $9 billion contract represents roughly 18% of Boreal's annual revenue.")
        << QStringLiteral("Boreal") << QStringLiteral("$9 billion|9e9|USD;18%|18|%|approx")
        << QStringLiteral("18%") << QStringLiteral("other - - ratio");
    QTest::newRow("vendor claim")
        << QStringLiteral("Graviton's maker Arm claims its cores deliver a 20-25% efficiency gain over rivals.")
        << QStringLiteral("Arm") << QStringLiteral("20-25%|20-25|%|range")
        << QStringLiteral("20-25%") << QStringLiteral("other Arm - claim");
    QTest::newRow("speculation")
        << QStringLiteral("Deals of this size could imply a $4 billion break fee for Nokia.")
        << QStringLiteral("Nokia") << QStringLiteral("$4 billion|4e9|USD")
        << QStringLiteral("$4 billion") << QStringLiteral("other - - speculation");
    // The cue belongs to the figure's clause: shared within it, not past a semicolon.
    QTest::newRow("speculation, second figure of the clause")
        << QStringLiteral("Deals of this size could imply a $4 billion or $5 billion break fee for Nokia.")
        << QStringLiteral("Nokia") << QStringLiteral("$4 billion|4e9|USD;$5 billion|5e9|USD")
        << QStringLiteral("$5 billion") << QStringLiteral("other - - speculation");
    QTest::newRow("speculation stops at the clause")
        << QStringLiteral("Deals of this size could imply a $4 billion break fee; the last one had a $1 billion fee.")
        << QString() << QStringLiteral("$4 billion|4e9|USD;$1 billion|1e9|USD")
        << QStringLiteral("$1 billion") << QStringLiteral("other - -");
    QTest::newRow("valued at, post-money")
        << QStringLiteral("Mistral raised €600 million in June 2024, a round that valued the startup at €5.8 billion post-money.")
        << QStringLiteral("Mistral") << QStringLiteral("€600 million|6e8|EUR;June 2024|2024-06|month;€5.8 billion|5.8e9|EUR")
        << QStringLiteral("€5.8 billion") << QStringLiteral("valuation_post Mistral - @2024-06");
    QTest::newRow("raised is a round total")
        << QStringLiteral("Mistral raised €600 million in June 2024, a round that valued the startup at €5.8 billion post-money.")
        << QStringLiteral("Mistral") << QStringLiteral("€600 million|6e8|EUR;June 2024|2024-06|month;€5.8 billion|5.8e9|EUR")
        << QStringLiteral("€600 million") << QStringLiteral("round_total Mistral - @2024-06");
    QTest::newRow("pre-money valuation of possessor")
        << QStringLiteral("The financing places Databricks' pre-money valuation at $62 billion.")
        << QStringLiteral("Databricks") << QStringLiteral("$62 billion|62e9|USD")
        << QStringLiteral("$62 billion") << QStringLiteral("valuation_pre Databricks -");
    QTest::newRow("partnership valued at is no valuation")
        << QStringLiteral("Oracle and Meta announced a multi-year partnership valued at $20 billion to supply cloud capacity.")
        << QStringLiteral("Oracle;Meta") << QStringLiteral("$20 billion|20e9|USD")
        << QStringLiteral("$20 billion") << QStringLiteral("compute_commitment Meta Oracle");
    QTest::newRow("commits to spend on provider's cloud")
        << QStringLiteral("Snowflake committed to spend $2.5 billion on Google Cloud over five years.")
        << QStringLiteral("Snowflake;Google Cloud=Google Cloud>Google")
        << QStringLiteral("$2.5 billion|2.5e9|USD;five years|5|years")
        << QStringLiteral("$2.5 billion") << QStringLiteral("compute_commitment Snowflake Google");
    QTest::newRow("cloud services agreement with provider")
        << QStringLiteral("Anthropic signed a $4 billion cloud services agreement with Microsoft Azure.")
        << QStringLiteral("Anthropic;Microsoft Azure=Azure>Microsoft")
        << QStringLiteral("$4 billion|4e9|USD")
        << QStringLiteral("$4 billion") << QStringLiteral("compute_commitment Anthropic Microsoft");
    QTest::newRow("capacity from provider")
        << QStringLiteral("xAI will use 1.2 gigawatts of capacity from Oracle's data centers.")
        << QStringLiteral("xAI;Oracle") << QStringLiteral("1.2 gigawatts|1.2e9|W")
        << QStringLiteral("1.2 gigawatts") << QStringLiteral("capacity_power xAI Oracle");
    QTest::newRow("chips counted")
        << QStringLiteral("Meta will deploy 350,000 GPUs supplied by CoreWeave.")
        << QStringLiteral("Meta;CoreWeave") << QStringLiteral("350,000|350000|GPUs")
        << QStringLiteral("350,000") << QStringLiteral("chips Meta CoreWeave");
    QTest::newRow("upfront tranche")
        << QStringLiteral("Bayer invests $3 billion in Cellix, with $1 billion upfront and $2 billion tied to regulatory milestones.")
        << QStringLiteral("Bayer;Cellix") << QStringLiteral("$3 billion|3e9|USD;$1 billion|1e9|USD;$2 billion|2e9|USD")
        << QStringLiteral("$1 billion") << QStringLiteral("investment Bayer Cellix part=upfront");
    QTest::newRow("milestone tranche")
        << QStringLiteral("Bayer invests $3 billion in Cellix, with $1 billion upfront and $2 billion tied to regulatory milestones.")
        << QStringLiteral("Bayer;Cellix") << QStringLiteral("$3 billion|3e9|USD;$1 billion|1e9|USD;$2 billion|2e9|USD")
        << QStringLiteral("$2 billion") << QStringLiteral("investment Bayer Cellix part=milestone");
    // A round led or co-led by a backer is not the backer's round.
    QTest::newRow("a co-led round is the raiser's of the sentence before")
        << QStringLiteral("Fennick Robotics has closed a new round. The Series A round of €40 million was co-led by "
                          "Balderton and Atomico, with participation from existing investors.")
        << QStringLiteral("Fennick Robotics;Balderton;Atomico") << QStringLiteral("€40 million|4e7|EUR")
        << QStringLiteral("€40 million") << QStringLiteral("round_total Fennick Robotics -");
    QTest::newRow("a co-led round with no raiser named is no backer's")
        << QStringLiteral("Balderton has been busy this year. The Series A round of €40 million was co-led by "
                          "Balderton and Atomico, with participation from existing investors.")
        << QStringLiteral("Balderton;Atomico") << QStringLiteral("€40 million|4e7|EUR")
        << QStringLiteral("€40 million") << QStringLiteral("round_total - -");
    // Licensing payments run from the payer (subject) to the payee (object).
    QTest::newRow("licensing: agreed to pay X upfront")
        << QStringLiteral("Zenkyo Therapeutics agreed to pay Arbor Bio €90 million upfront for rights to an antibody, "
                          "with up to €1.2 billion in milestone payments.")
        << QStringLiteral("Zenkyo Therapeutics;Arbor Bio") << QStringLiteral("€90 million|9e7|EUR;€1.2 billion|1.2e9|EUR|upper_bound")
        << QStringLiteral("€90 million") << QStringLiteral("contract_value Zenkyo Therapeutics Arbor Bio part=upfront");
    QTest::newRow("licensing: milestones of the same sentence")
        << QStringLiteral("Zenkyo Therapeutics agreed to pay Arbor Bio €90 million upfront for rights to an antibody, "
                          "with up to €1.2 billion in milestone payments.")
        << QStringLiteral("Zenkyo Therapeutics;Arbor Bio") << QStringLiteral("€90 million|9e7|EUR;€1.2 billion|1.2e9|EUR|upper_bound")
        << QStringLiteral("€1.2 billion") << QStringLiteral("contract_value Zenkyo Therapeutics Arbor Bio part=milestone");
    QTest::newRow("licensing: an upfront fee of")
        << QStringLiteral("Corvane will pay Lindqvist Pharma an upfront fee of CHF 60 million, plus tiered royalties.")
        << QStringLiteral("Corvane;Lindqvist Pharma") << QStringLiteral("CHF 60 million|6e7|CHF")
        << QStringLiteral("CHF 60 million") << QStringLiteral("contract_value Corvane Lindqvist Pharma part=upfront");
    QTest::newRow("licensing: the payee is eligible to receive from the payer")
        << QStringLiteral("Lindqvist Pharma is eligible to receive up to £400 million in milestones from Corvane.")
        << QStringLiteral("Lindqvist Pharma;Corvane") << QStringLiteral("£400 million|4e8|GBP|upper_bound")
        << QStringLiteral("£400 million") << QStringLiteral("contract_value Corvane Lindqvist Pharma part=milestone");
    QTest::newRow("licensing: royalties received")
        << QStringLiteral("Under the licence, Halvard will receive ¥3 billion in royalties from Brisco.")
        << QStringLiteral("Halvard;Brisco") << QStringLiteral("¥3 billion|3e9|JPY")
        << QStringLiteral("¥3 billion") << QStringLiteral("contract_value Brisco Halvard part=royalty");
    QTest::newRow("licensing: the upfront part included in a deal's worth")
        << QStringLiteral("Maravel Pharma signed a collaboration and license agreement with Quintis Bio in a deal worth up to "
                          "CHF 800 million, including CHF 50 million upfront.")
        << QStringLiteral("Maravel Pharma;Quintis Bio") << QStringLiteral("CHF 800 million|8e8|CHF|upper_bound;CHF 50 million|5e7|CHF")
        << QStringLiteral("CHF 50 million") << QStringLiteral("contract_value Maravel Pharma Quintis Bio part=upfront");
    QTest::newRow("licensing: milestones after the payer is named")
        << QStringLiteral("Quintis Bio will receive an upfront payment of £20 million from Maravel Pharma and is eligible for "
                          "up to £300 million in milestones.")
        << QStringLiteral("Quintis Bio;Maravel Pharma") << QStringLiteral("£20 million|2e7|GBP;£300 million|3e8|GBP|upper_bound")
        << QStringLiteral("£300 million") << QStringLiteral("contract_value Maravel Pharma Quintis Bio part=milestone");
    QTest::newRow("licensing: an option fee paid to the payee")
        << QStringLiteral("Pherion Pharma will pay a $25 million option fee to Sollis Genomics for the right to license two programs.")
        << QStringLiteral("Pherion Pharma;Sollis Genomics") << QStringLiteral("$25 million|2.5e7|USD")
        << QStringLiteral("$25 million") << QStringLiteral("contract_value Pherion Pharma Sollis Genomics");
    QTest::newRow("licensing: the signer paying the party it signed with")
        << QStringLiteral("Zorvik entered into an exclusive licensing deal with Amberline Biotherapeutics, paying £40 million "
                          "upfront and up to £600 million in milestone payments.")
        << QStringLiteral("Zorvik;Amberline Biotherapeutics") << QStringLiteral("£40 million|4e7|GBP;£600 million|6e8|GBP|upper_bound")
        << QStringLiteral("£600 million") << QStringLiteral("contract_value Zorvik Amberline Biotherapeutics part=milestone");
    QTest::newRow("money received in a rights issue is no licensing payment")
        << QStringLiteral("Kestrel Mining will receive £300 million from Brisco Capital through a rights issue.")
        << QStringLiteral("Kestrel Mining;Brisco Capital") << QStringLiteral("£300 million|3e8|GBP")
        << QStringLiteral("£300 million") << QStringLiteral("other Kestrel Mining -");
    QTest::newRow("a price paid for a company is no licensing payment (guard)")
        << QStringLiteral("Brisco agreed to pay Halvard $2 billion for the whole company.")
        << QStringLiteral("Brisco;Halvard") << QStringLiteral("$2 billion|2e9|USD")
        << QStringLiteral("$2 billion") << QStringLiteral("other Halvard -");
    QTest::newRow("date bound to its own figure")
        << QStringLiteral("Intel backed the fab since its initial $500 million investment in 2017, reinforced by an additional $1 billion investment announced in 2020.")
        << QStringLiteral("Intel") << QStringLiteral("$500 million|5e8|USD;2017|2017|year;$1 billion|1e9|USD;2020|2020|year")
        << QStringLiteral("$1 billion") << QStringLiteral("investment Intel - @2020");
    QTest::newRow("deadline is not the event date")
        << QStringLiteral("Samsung agreed a $6 billion supply contract with TSMC, with deliveries due by 2027.")
        << QStringLiteral("Samsung;TSMC") << QStringLiteral("$6 billion|6e9|USD;2027|2027|year")
        << QStringLiteral("$6 billion") << QStringLiteral("contract_value Samsung TSMC");
    QTest::newRow("date opening an earlier sentence")
        << QStringLiteral("On March 4, 2025, Nokia and Ericsson signed a patent pact. Nokia will pay €300 million under the deal.")
        << QStringLiteral("Nokia;Ericsson") << QStringLiteral("March 4, 2025|2025-03-04|day;€300 million|3e8|EUR")
        << QStringLiteral("€300 million") << QStringLiteral("contract_value Ericsson Nokia @2025-03-04");
    QTest::newRow("excluded teaser")
        << QStringLiteral("Vodafone bought a 5% stake in Iliad. Read next: Orange lands $3 billion order.")
        << QStringLiteral("Vodafone;Iliad;Orange") << QStringLiteral("$3 billion|3e9|USD")
        << QStringLiteral("$3 billion") << QStringLiteral("other - - excluded");
    QTest::newRow("retracted figure stays visible")
        << QStringLiteral("Correction: Acme's debt is $2 billion, not $2 million.")
        << QStringLiteral("Acme") << QStringLiteral("$2 billion|2e9|USD;$2 million|2e6|USD||retracted")
        << QStringLiteral("$2 million") << QStringLiteral("other Acme - retracted");
    QTest::newRow("implicit parties carried from the previous reading")
        << QStringLiteral("SAP is putting $800 million into Celonis. The investment arrives in two tranches: $300 million now and $500 million once milestones are met.")
        << QStringLiteral("SAP;Celonis") << QStringLiteral("$800 million|8e8|USD;$300 million|3e8|USD;$500 million|5e8|USD")
        << QStringLiteral("$500 million") << QStringLiteral("investment SAP Celonis part=milestone");

    // A group spends: no single party is the subject, so no party at all.
    QTest::newRow("collective subject is nobody's commitment")
        << QStringLiteral("Zalando is expanding its warehouses, while European rivals Otto, Ahold and Carrefour have collectively committed €12 billion to cloud infrastructure over the past year.")
        << QStringLiteral("Zalando;Otto;Ahold;Carrefour") << QStringLiteral("€12 billion|12e9|EUR")
        << QStringLiteral("€12 billion") << QStringLiteral("other - -");
    QTest::newRow("list of three as subject")
        << QStringLiteral("Airbus, Safran and Thales will spend €3 billion on a shared data centre.")
        << QStringLiteral("Airbus;Safran;Thales") << QStringLiteral("€3 billion|3e9|EUR")
        << QStringLiteral("€3 billion") << QStringLiteral("other - -");
    QTest::newRow("list of three joined by an ampersand")
        << QStringLiteral("Airbus, Safran & Thales will spend €3 billion on a shared data centre.")
        << QStringLiteral("Airbus;Safran;Thales") << QStringLiteral("€3 billion|3e9|EUR")
        << QStringLiteral("€3 billion") << QStringLiteral("other - -");
    QTest::newRow("list of three joined by a capitalised AND")
        << QStringLiteral("Airbus, Safran AND Thales will spend €3 billion on a shared data centre.")
        << QStringLiteral("Airbus;Safran;Thales") << QStringLiteral("€3 billion|3e9|EUR")
        << QStringLiteral("€3 billion") << QStringLiteral("other - -");
    QTest::newRow("rivals as an object is no group")
        << QStringLiteral("Unlike its rivals, Rakuten committed ¥500 billion to cloud computing with Fujitsu.")
        << QStringLiteral("Rakuten;Fujitsu") << QStringLiteral("¥500 billion|5e11|JPY")
        << QStringLiteral("¥500 billion") << QStringLiteral("compute_commitment Rakuten Fujitsu");
    QTest::newRow("two parties of one contract are no group")
        << QStringLiteral("Sanofi and Regeneron signed a $1.5 billion manufacturing contract.")
        << QStringLiteral("Sanofi;Regeneron") << QStringLiteral("$1.5 billion|1.5e9|USD")
        << QStringLiteral("$1.5 billion") << QStringLiteral("contract_value Regeneron Sanofi");
    QTest::newRow("a yearly loss is no commitment")
        << QStringLiteral("Rivian has been burning roughly $1.2 billion a quarter on its cloud and factory build-out.")
        << QStringLiteral("Rivian") << QStringLiteral("$1.2 billion|1.2e9|USD|approx")
        << QStringLiteral("$1.2 billion") << QStringLiteral("other Rivian -");
    QTest::newRow("a lost contract is still a contract")
        << QStringLiteral("Nokia lost a $2 billion network contract with Vodafone to Ericsson.")
        << QStringLiteral("Nokia;Vodafone;Ericsson") << QStringLiteral("$2 billion|2e9|USD")
        << QStringLiteral("$2 billion") << QStringLiteral("contract_value Nokia Vodafone");
    QTest::newRow("spending per year is a rate")
        << QStringLiteral("Spotify spends €400 million annually on Google Cloud capacity.")
        << QStringLiteral("Spotify;Google Cloud=Google Cloud>Google") << QStringLiteral("€400 million|4e8|EUR")
        << QStringLiteral("€400 million") << QStringLiteral("other Spotify -");
    QTest::newRow("corrected value carries the correction's reading")
        << QStringLiteral("Vattenfall has invested €4 billion in Ørsted, not €4 million as first reported.")
        << QStringLiteral("Vattenfall;Ørsted") << QStringLiteral("€4 billion|4e9|EUR;€4 million|4e6|EUR||retracted")
        << QStringLiteral("€4 million") << QStringLiteral("investment Vattenfall Ørsted retracted");
    QTest::newRow("a deal re-reported by its value is the stated investment")
        << QStringLiteral("Siemens made an initial $500 million investment in Mobileye in 2019, followed by an additional $2 billion commitment announced in 2022. "
                          "Mobileye remains tied to Siemens through an estimated $2bn agreement (2022) covering cloud services.")
        << QStringLiteral("Siemens;Mobileye")
        << QStringLiteral("$500 million|5e8|USD;2019|2019|year;$2 billion|2e9|USD;2022|2022|year;$2bn|2e9|USD;2022|2022|year")
        << QStringLiteral("$2bn") << QStringLiteral("investment Siemens Mobileye @2022");
    // A colon joins a figure to its label, on either side; emphasis marks around the label do not count.
    QTest::newRow("label before the figure")
        << QStringLiteral("**Siemens invested**: $2 billion in Helio Robotics.")
        << QStringLiteral("Siemens;Helio Robotics") << QStringLiteral("$2 billion|2e9|USD")
        << QStringLiteral("$2 billion") << QStringLiteral("investment Siemens Helio Robotics");
    QTest::newRow("label after the figure")
        << QStringLiteral("Siemens filing \u2014 $2 billion: investment in Helio Robotics.")
        << QStringLiteral("Siemens;Helio Robotics") << QStringLiteral("$2 billion|2e9|USD")
        << QStringLiteral("$2 billion") << QStringLiteral("investment Siemens Helio Robotics");
    QTest::newRow("a provider cue belongs to the party it follows")
        << QStringLiteral("For Oracle, a $3 billion cloud contract with Mistral positions Oracle as a leading infrastructure provider.")
        << QStringLiteral("Oracle;Mistral") << QStringLiteral("$3 billion|3e9|USD")
        << QStringLiteral("$3 billion") << QStringLiteral("compute_commitment Mistral Oracle");
    QTest::newRow("an outlet told is no party")
        << QStringLiteral("Vodafone will invest €2 billion in Kestrel Networks, a person close to the talks told Handelsblatt.")
        << QStringLiteral("Vodafone;Kestrel Networks;Handelsblatt") << QStringLiteral("€2 billion|2e9|EUR")
        << QStringLiteral("€2 billion") << QStringLiteral("investment Vodafone Kestrel Networks");
    QTest::newRow("an outlet reporting is no party")
        << QStringLiteral("Lumora will receive Siemens' first investment of €400 million next year, as reported by Les Echos.")
        << QStringLiteral("Lumora;Siemens;Les Echos") << QStringLiteral("€400 million|4e8|EUR")
        << QStringLiteral("€400 million") << QStringLiteral("investment Siemens Lumora part=upfront");
    QTest::newRow("an outlet that reported first is no party")
        << QStringLiteral("Nikkei first reported that SoftBank would put $3 billion into Arcturus Robotics.")
        << QStringLiteral("Nikkei;SoftBank;Arcturus Robotics") << QStringLiteral("$3 billion|3e9|USD")
        << QStringLiteral("$3 billion") << QStringLiteral("investment SoftBank Arcturus Robotics");
    QTest::newRow("a company cited on its own deal stays a party")
        << QStringLiteral("According to Bosch, it will invest €1 billion in Verano Chips over three years.")
        << QStringLiteral("Bosch;Verano Chips") << QStringLiteral("€1 billion|1e9|EUR")
        << QStringLiteral("€1 billion") << QStringLiteral("investment Bosch Verano Chips");
    QTest::newRow("market value gained is no deal")
        << QStringLiteral("After the Tata agreement, Infosys shares jumped 6%, adding ₹40,000 crore in market value.")
        << QStringLiteral("Tata;Infosys") << QStringLiteral("6%|6|%;₹40,000 crore|4e11|INR")
        << QStringLiteral("₹40,000 crore") << QStringLiteral("other Infosys -");
    QTest::newRow("a market capitalisation is no deal")
        << QStringLiteral("Samsung, with a market capitalisation of $300 billion, signed a chip deal with Qualcomm.")
        << QStringLiteral("Samsung;Qualcomm") << QStringLiteral("$300 billion|3e11|USD")
        << QStringLiteral("$300 billion") << QStringLiteral("other Samsung -");
    QTest::newRow("a sum restated in another currency carries its reading")
        << QStringLiteral("Zomato invested Rs 400 crore ($48 million) in Blinkit last year.")
        << QStringLiteral("Zomato;Blinkit") << QStringLiteral("Rs 400 crore|4e9|INR;$48 million|4.8e7|USD")
        << QStringLiteral("$48 million") << QStringLiteral("investment Zomato Blinkit");
    QTest::newRow("valuation raised to")
        << QStringLiteral("The new money lifted Revolut's valuation to $45 billion.")
        << QStringLiteral("Revolut") << QStringLiteral("$45 billion|4.5e10|USD")
        << QStringLiteral("$45 billion") << QStringLiteral("valuation Revolut -");
    QTest::newRow("a round closed at")
        << QStringLiteral("Ather Energy closed its Series F funding round at $71 million.")
        << QStringLiteral("Ather Energy") << QStringLiteral("$71 million|7.1e7|USD")
        << QStringLiteral("$71 million") << QStringLiteral("round_total Ather Energy -");
    QTest::newRow("a shareholding raised to")
        << QStringLiteral("The purchase takes Heineken's shareholding in United Breweries to about 61%.")
        << QStringLiteral("Heineken;United Breweries") << QStringLiteral("61%|61|%|approx")
        << QStringLiteral("61%") << QStringLiteral("stake_percent Heineken United Breweries");
    QTest::newRow("an acquisition's price is the buyer's whole stake")
        << QStringLiteral("Siemens agreed to acquire its US rival Altair Engineering for $10.6 billion in 2024.")
        << QStringLiteral("Siemens;Altair Engineering") << QStringLiteral("$10.6 billion|1.06e10|USD;2024|2024|year")
        << QStringLiteral("$10.6 billion") << QStringLiteral("stake_value Siemens Altair Engineering @2024");
    QTest::newRow("an acquisition in the passive")
        << QStringLiteral("Darktrace was bought by Thoma Bravo for about $5.3 billion.")
        << QStringLiteral("Darktrace;Thoma Bravo") << QStringLiteral("$5.3 billion|5.3e9|USD|approx")
        << QStringLiteral("$5.3 billion") << QStringLiteral("stake_value Thoma Bravo Darktrace");
    QTest::newRow("a purchase from a seller: the seller is no buyer")
        << QStringLiteral("KKR acquired Envirotainer from Cinven for €3 billion.")
        << QStringLiteral("KKR;Envirotainer;Cinven") << QStringLiteral("€3 billion|3e9|EUR")
        << QStringLiteral("€3 billion") << QStringLiteral("stake_value KKR Envirotainer");
    QTest::newRow("a purchase from a seller, the buyer leading the sentence")
        << QStringLiteral("Orlen has said it will be buying the refiner Unipetrol from Agrofert for $1.1 billion.")
        << QStringLiteral("Orlen;Unipetrol;Agrofert") << QStringLiteral("$1.1 billion|1.1e9|USD")
        << QStringLiteral("$1.1 billion") << QStringLiteral("stake_value Orlen Unipetrol");
    QTest::newRow("a party in a which-aside is not the buyer")
        << QStringLiteral("Danone, which dropped its bid for Yakult last year, has agreed to acquire Kate Farms for $1.5 billion.")
        << QStringLiteral("Danone;Yakult;Kate Farms") << QStringLiteral("$1.5 billion|1.5e9|USD")
        << QStringLiteral("$1.5 billion") << QStringLiteral("stake_value Danone Kate Farms");
    QTest::newRow("a deal to buy a company described before its name")
        << QStringLiteral("Carrefour has agreed a €1.2 billion deal to buy Spain's largest online grocer, Tienda Verde.")
        << QStringLiteral("Carrefour;Tienda Verde") << QStringLiteral("€1.2 billion|1.2e9|EUR")
        << QStringLiteral("€1.2 billion") << QStringLiteral("stake_value Carrefour Tienda Verde");
    QTest::newRow("a hedge in the purchase's purpose does not hedge its price")
        << QStringLiteral("Novartis agreed to buy a 30 percent stake in Kyma Bio for $900 million to gain a potential lupus drug.")
        << QStringLiteral("Novartis;Kyma Bio") << QStringLiteral("30 percent|30|%;$900 million|9e8|USD")
        << QStringLiteral("$900 million") << QStringLiteral("stake_value Novartis Kyma Bio");
    QTest::newRow("a hedge before the purpose still hedges")
        << QStringLiteral("Novartis could pay $900 million to gain a lupus drug.")
        << QStringLiteral("Novartis") << QStringLiteral("$900 million|9e8|USD")
        << QStringLiteral("$900 million") << QStringLiteral("other Novartis - speculation");
    QTest::newRow("buying a company in a deal worth a sum")
        << QStringLiteral("Unilever is acquiring the skincare maker Dermalys in a deal valued at about €2 billion.")
        << QStringLiteral("Unilever;Dermalys") << QStringLiteral("€2 billion|2e9|EUR|approx")
        << QStringLiteral("€2 billion") << QStringLiteral("stake_value Unilever Dermalys");
    QTest::newRow("a stake in the combined company is in no party named")
        << QStringLiteral("Sanofi agreed to buy Genzyme for $20 billion. Sanofi will own about 70% of the combined group.")
        << QStringLiteral("Sanofi;Genzyme") << QStringLiteral("$20 billion|2e10|USD;70%|70|%|approx")
        << QStringLiteral("70%") << QStringLiteral("stake_percent Sanofi -");
    QTest::newRow("an abandoned bid is no deal")
        << QStringLiteral("Aurubis abandoned its €1.3 billion bid for Metallo last month.")
        << QStringLiteral("Aurubis;Metallo") << QStringLiteral("€1.3 billion|1.3e9|EUR")
        << QStringLiteral("€1.3 billion") << QStringLiteral("stake_value Aurubis Metallo speculation");
    QTest::newRow("takeover offer: accepted the bidder's offer of")
        << QStringLiteral("Brightline Foods on Monday accepted Haldane Group's sweetened offer of €3.1 billion, ending a standoff.")
        << QStringLiteral("Brightline Foods;Haldane Group") << QStringLiteral("€3.1 billion|3.1e9|EUR")
        << QStringLiteral("€3.1 billion") << QStringLiteral("stake_value Haldane Group Brightline Foods");
    QTest::newRow("takeover offer: a plural possessive's offer worth")
        << QStringLiteral("Brightline Foods agrees to Haldane Partners' improved offer worth €3.1 billion")
        << QStringLiteral("Brightline Foods;Haldane Partners") << QStringLiteral("€3.1 billion|3.1e9|EUR")
        << QStringLiteral("€3.1 billion") << QStringLiteral("stake_value Haldane Partners Brightline Foods");
    QTest::newRow("takeover offer: agreed to a sum's offer from the bidder")
        << QStringLiteral("Morrow Telecom agreed to a £640 million offer from Sarsen Capital, the companies said.")
        << QStringLiteral("Morrow Telecom;Sarsen Capital") << QStringLiteral("£640 million|6.4e8|GBP")
        << QStringLiteral("£640 million") << QStringLiteral("stake_value Sarsen Capital Morrow Telecom");
    QTest::newRow("takeover offer: a cash offer for X from Y")
        << QStringLiteral("Investors cheered a ¥450 billion cash offer for Tamura Seiki from Hoshino Industries.")
        << QStringLiteral("Tamura Seiki;Hoshino Industries") << QStringLiteral("¥450 billion|4.5e11|JPY")
        << QStringLiteral("¥450 billion") << QStringLiteral("stake_value Hoshino Industries Tamura Seiki");
    QTest::newRow("takeover offer: a rejected bid keeps its parties, kept apart")
        << QStringLiteral("The board of Pellucid Mining rejected a $2 billion bid from Kestrel Resources.")
        << QStringLiteral("Pellucid Mining;Kestrel Resources") << QStringLiteral("$2 billion|2e9|USD")
        << QStringLiteral("$2 billion") << QStringLiteral("stake_value Kestrel Resources Pellucid Mining speculation");
    QTest::newRow("takeover offer: a bond offer is no bid for a company")
        << QStringLiteral("Vantor Energy received a $500 million bond offer from Caldera Bank.")
        << QStringLiteral("Vantor Energy;Caldera Bank") << QStringLiteral("$500 million|5e8|USD")
        << QStringLiteral("$500 million") << QStringLiteral("other Vantor Energy -");
    QTest::newRow("takeover offer: a bid for something else is no bid for who answers it")
        << QStringLiteral("Ferrovia Sud turned down Alpina Rail's €700 million bid for the Brenner freight concession.")
        << QStringLiteral("Ferrovia Sud;Alpina Rail") << QStringLiteral("€700 million|7e8|EUR")
        << QStringLiteral("€700 million") << QStringLiteral("other Alpina Rail -");
    QTest::newRow("takeover offer: an offer of money lent is no bid")
        << QStringLiteral("Ferrovia Sud accepted Alpina Rail's offer of €700 million in bridge financing.")
        << QStringLiteral("Ferrovia Sud;Alpina Rail") << QStringLiteral("€700 million|7e8|EUR")
        << QStringLiteral("€700 million") << QStringLiteral("round_total Alpina Rail -");
    QTest::newRow("takeover offer: a person's offer is not his company's")
        << QStringLiteral("Norland Air accepted Piet Vos's offer of €90 million on Friday.")
        << QStringLiteral("Norland Air;Piet Vos:person>Vos Holding") << QStringLiteral("€90 million|9e7|EUR")
        << QStringLiteral("€90 million") << QStringLiteral("other Vos Holding -");
    QTest::newRow("acquisition: a per-share price, then a transaction valued at")
        << QStringLiteral("Ostrander Chemicals said it would acquire all shares of Pelham Resins for €41.50 per share, "
                          "in a transaction valued at about €1.9 billion.")
        << QStringLiteral("Ostrander Chemicals;Pelham Resins") << QStringLiteral("€41.50|41.5|EUR;€1.9 billion|1.9e9|EUR|approx")
        << QStringLiteral("€1.9 billion") << QStringLiteral("stake_value Ostrander Chemicals Pelham Resins");
    QTest::newRow("acquisition: in a deal with an enterprise value of")
        << QStringLiteral("Kaiyo Foods has signed a binding agreement to acquire Sorel Dairy in a deal with an enterprise value of ¥280 billion.")
        << QStringLiteral("Kaiyo Foods;Sorel Dairy") << QStringLiteral("¥280 billion|2.8e11|JPY")
        << QStringLiteral("¥280 billion") << QStringLiteral("stake_value Kaiyo Foods Sorel Dairy");
    QTest::newRow("acquisition: a company's own enterprise value stays its valuation")
        << QStringLiteral("Kaiyo Foods, which bought Sorel Dairy in 2019, now has an enterprise value of ¥280 billion.")
        << QStringLiteral("Kaiyo Foods;Sorel Dairy") << QStringLiteral("¥280 billion|2.8e11|JPY")
        << QStringLiteral("¥280 billion") << QStringLiteral("valuation Kaiyo Foods -");
    QTest::newRow("merger split: a company's shareholders are not the company")
        << QStringLiteral("Talbot Rail shareholders will hold about 61% of the combined group and Merrow Freight "
                          "shareholders will hold about 39%.")
        << QStringLiteral("Talbot Rail;Merrow Freight") << QStringLiteral("61%|61|%|approx;39%|39|%|approx")
        << QStringLiteral("61%") << QStringLiteral("other - -");
    QTest::newRow("merger split: the other company's shareholders, after and")
        << QStringLiteral("Talbot Rail shareholders will hold about 61% of the combined group and Merrow Freight "
                          "shareholders will hold about 39%.")
        << QStringLiteral("Talbot Rail;Merrow Freight") << QStringLiteral("61%|61|%|approx;39%|39|%|approx")
        << QStringLiteral("39%") << QStringLiteral("other - -");
    QTest::newRow("merger split: stockholders of X will receive shares and own")
        << QStringLiteral("Stockholders of Almaden Bio will receive 1.2 new shares each and own roughly 45% of the merged company.")
        << QStringLiteral("Almaden Bio") << QStringLiteral("45%|45|%|approx")
        << QStringLiteral("45%") << QStringLiteral("other - -");
    QTest::newRow("merger split: a company named after the shareholders holds")
        << QStringLiteral("Almaden Bio shareholders backed the deal and Corvel Pharma will own 55% of Almaden Bio.")
        << QStringLiteral("Almaden Bio;Corvel Pharma") << QStringLiteral("55%|55|%")
        << QStringLiteral("55%") << QStringLiteral("stake_percent Corvel Pharma Almaden Bio");
    QTest::newRow("gapped capacity list: the first figure is its leader's alone")
        << QStringLiteral("Equinix added 300 MW, Oracle 250 MW, and Iberdrola 900 MW across three sites last quarter.")
        << QStringLiteral("Equinix;Oracle;Iberdrola") << QStringLiteral("300 MW|3e8|W;250 MW|2.5e8|W;900 MW|9e8|W")
        << QStringLiteral("300 MW") << QStringLiteral("capacity_power Equinix -");
    QTest::newRow("gapped capacity list: a name after a comma is its figure's subject")
        << QStringLiteral("Equinix added 300 MW, Oracle 250 MW, and Iberdrola 900 MW across three sites last quarter.")
        << QStringLiteral("Equinix;Oracle;Iberdrola") << QStringLiteral("300 MW|3e8|W;250 MW|2.5e8|W;900 MW|9e8|W")
        << QStringLiteral("250 MW") << QStringLiteral("capacity_power Oracle -");
    QTest::newRow("gapped capacity list: and the last name")
        << QStringLiteral("Equinix added 300 MW, Oracle 250 MW, and Iberdrola 900 MW across three sites last quarter.")
        << QStringLiteral("Equinix;Oracle;Iberdrola") << QStringLiteral("300 MW|3e8|W;250 MW|2.5e8|W;900 MW|9e8|W")
        << QStringLiteral("900 MW") << QStringLiteral("capacity_power Iberdrola -");
    QTest::newRow("a clause led by an unknown name borrows no earlier party")
        << QStringLiteral("Vertiv Power signed a 400 MW supply pact with Talon Data. Brightgrid reserved 150 MW, and "
                          "Nimbus Labs committed $90 million to a new campus.")
        << QStringLiteral("Vertiv Power;Talon Data;Nimbus Labs") << QStringLiteral("400 MW|4e8|W;150 MW|1.5e8|W;$90 million|9e7|USD")
        << QStringLiteral("150 MW") << QStringLiteral("capacity_power - -");
    QTest::newRow("a clause led by a pronoun still points back")
        << QStringLiteral("Vertiv Power signed a 400 MW supply pact with Talon Data. It reserved 150 MW, and "
                          "Nimbus Labs committed $90 million to a new campus.")
        << QStringLiteral("Vertiv Power;Talon Data;Nimbus Labs") << QStringLiteral("400 MW|4e8|W;150 MW|1.5e8|W;$90 million|9e7|USD")
        << QStringLiteral("150 MW") << QStringLiteral("capacity_power Talon Data Vertiv Power");
    QTest::newRow("the utility: the company of the sentence before named as one")
        << QStringLiteral("Solvara Energy expanded its cooperation with Microsoft on grid capacity. The utility also signed "
                          "nine power purchase agreements with Amazon, totalling 1.8 GW of wind capacity.")
        << QStringLiteral("Solvara Energy;Microsoft;Amazon") << QStringLiteral("1.8 GW|1.8e9|W")
        << QStringLiteral("1.8 GW") << QStringLiteral("capacity_power Amazon Solvara Energy");
    QTest::newRow("the utility: no utility named before, none borrowed")
        << QStringLiteral("Microsoft expanded its cooperation with Oracle on grid capacity. The utility also signed "
                          "nine power purchase agreements with Amazon, totalling 1.8 GW of wind capacity.")
        << QStringLiteral("Microsoft;Oracle;Amazon") << QStringLiteral("1.8 GW|1.8e9|W")
        << QStringLiteral("1.8 GW") << QStringLiteral("capacity_power Amazon -");
    QTest::newRow("the company (guard): the subject of the sentence before, not its partner")
        << QStringLiteral("Halden Data expanded its partnership with Microsoft last year. The company also reserved "
                          "300 MW of capacity from Amazon.")
        << QStringLiteral("Halden Data;Microsoft;Amazon") << QStringLiteral("300 MW|3e8|W")
        << QStringLiteral("300 MW") << QStringLiteral("capacity_power Halden Data Amazon");
    QTest::newRow("acquisition: a headline's deal without an article")
        << QStringLiteral("Harwell Logistics to acquire Brisa Ports in €800m deal")
        << QStringLiteral("Harwell Logistics;Brisa Ports") << QStringLiteral("€800m|8e8|EUR")
        << QStringLiteral("€800m") << QStringLiteral("stake_value Harwell Logistics Brisa Ports");
    QTest::newRow("an offer whose agreement was terminated after but is no deal")
        << QStringLiteral("Corvane Retail had agreed to a €1.4 billion offer from Halden Group, but it later scrapped the deal.")
        << QStringLiteral("Corvane Retail;Halden Group") << QStringLiteral("€1.4 billion|1.4e9|EUR")
        << QStringLiteral("€1.4 billion") << QStringLiteral("stake_value Halden Group Corvane Retail speculation");
    QTest::newRow("a but-clause that ends nothing keeps the deal")
        << QStringLiteral("Corvane Retail agreed to a €1.4 billion offer from Halden Group, but the deal still needs approval.")
        << QStringLiteral("Corvane Retail;Halden Group") << QStringLiteral("€1.4 billion|1.4e9|EUR")
        << QStringLiteral("€1.4 billion") << QStringLiteral("stake_value Halden Group Corvane Retail");
    QTest::newRow("a deal that collapsed is no deal")
        << QStringLiteral("The $6 billion merger of Kelso Foods and Arbor Mills collapsed in March.")
        << QStringLiteral("Kelso Foods;Arbor Mills") << QStringLiteral("$6 billion|6e9|USD")
        << QStringLiteral("$6 billion") << QStringLiteral("other - - speculation");
    QTest::newRow("a failed drug does not make a sum a failed deal")
        << QStringLiteral("Bayer took a $300 million charge for a failed heart drug.")
        << QStringLiteral("Bayer") << QStringLiteral("$300 million|3e8|USD")
        << QStringLiteral("$300 million") << QStringLiteral("other Bayer -");
    QTest::newRow("a fund's own raise is no company's round")
        << QStringLiteral("Zepto raised $40 million in a round led by Nexus.\nBacked by pension money, the growth fund aims to raise up to $400 million by June.")
        << QStringLiteral("Zepto;Nexus") << QStringLiteral("$40 million|4e7|USD;$400 million|4e8|USD|upper_bound")
        << QStringLiteral("$400 million") << QStringLiteral("round_total - -");
    QTest::newRow("an acquisition noun priced like its verb")
        << QStringLiteral("Orsted completed its acquisition of Brintel for €1.1 billion in May.")
        << QStringLiteral("Orsted;Brintel") << QStringLiteral("€1.1 billion|1.1e9|EUR")
        << QStringLiteral("€1.1 billion") << QStringLiteral("stake_value Orsted Brintel");
    QTest::newRow("the price of the rest of a company is the remainder")
        << QStringLiteral("Under the option, Roche can buy the rest of privately held Kelvira Bio for about $2 billion.")
        << QStringLiteral("Roche;Kelvira Bio") << QStringLiteral("$2 billion|2e9|USD|approx")
        << QStringLiteral("$2 billion") << QStringLiteral("stake_value Roche Kelvira Bio part=remainder");
    QTest::newRow("a takeover offer priced before its target")
        << QStringLiteral("Novartis made a $3.5 billion takeover offer for Avidity Biosciences.")
        << QStringLiteral("Novartis;Avidity Biosciences") << QStringLiteral("$3.5 billion|3.5e9|USD")
        << QStringLiteral("$3.5 billion") << QStringLiteral("stake_value Novartis Avidity Biosciences");
    QTest::newRow("buying servers is no acquisition")
        << QStringLiteral("xAI agreed to buy Dell servers for $5 billion to expand its data centre capacity.")
        << QStringLiteral("xAI;Dell") << QStringLiteral("$5 billion|5e9|USD")
        << QStringLiteral("$5 billion") << QStringLiteral("compute_commitment xAI Dell");
    QTest::newRow("a stake of a company named after it")
        << QStringLiteral("Temasek, which owns about 18% of Olam, will keep its shares.")
        << QStringLiteral("Temasek;Olam") << QStringLiteral("18%|18|%|approx")
        << QStringLiteral("18%") << QStringLiteral("stake_percent Temasek Olam");
    QTest::newRow("a chip designer bought is an acquisition")
        << QStringLiteral("Qualcomm said it would acquire server chip designer Alphawave for $2.4 billion.")
        << QStringLiteral("Qualcomm;Alphawave") << QStringLiteral("$2.4 billion|2.4e9|USD")
        << QStringLiteral("$2.4 billion") << QStringLiteral("stake_value Qualcomm Alphawave");
    QTest::newRow("a stake worth a sum is the stake's value")
        << QStringLiteral("Under the new terms Allianz will keep a 12% stake worth roughly €4 billion in Nordwind.")
        << QStringLiteral("Allianz;Nordwind") << QStringLiteral("12%|12|%;€4 billion|4e9|EUR|approx")
        << QStringLiteral("€4 billion") << QStringLiteral("stake_value Allianz Nordwind");
    QTest::newRow("an investment standing at a sum")
        << QStringLiteral("Toyota's total investment in Joby Aviation now stands at $894 million.")
        << QStringLiteral("Toyota;Joby Aviation") << QStringLiteral("$894 million|8.94e8|USD")
        << QStringLiteral("$894 million") << QStringLiteral("investment Toyota Joby Aviation");
    QTest::newRow("a valuation sought is a target")
        << QStringLiteral("Of note: Helsing had been seeking a €12 billion valuation, people said.")
        << QStringLiteral("Helsing") << QStringLiteral("€12 billion|1.2e10|EUR")
        << QStringLiteral("€12 billion") << QStringLiteral("valuation Helsing - part=target");
    QTest::newRow("money committed to a company is an investment")
        << QStringLiteral("Then Samsung committed $1 billion to Rebellions, its Korean partner.")
        << QStringLiteral("Samsung;Rebellions") << QStringLiteral("$1 billion|1e9|USD")
        << QStringLiteral("$1 billion") << QStringLiteral("investment Samsung Rebellions");
    QTest::newRow("'from X' after the next figure belongs to that figure")
        << QStringLiteral("Then Samsung committed $1 billion to Rebellions, followed by $500 million more from SK Telecom.")
        << QStringLiteral("Samsung;Rebellions;SK Telecom") << QStringLiteral("$1 billion|1e9|USD;$500 million|5e8|USD")
        << QStringLiteral("$1 billion") << QStringLiteral("investment Samsung Rebellions");
    QTest::newRow("a fundraising of a sum is a round")
        << QStringLiteral("Helsing has completed a Series D fundraising of €600 million led by Prima Materia.")
        << QStringLiteral("Helsing;Prima Materia") << QStringLiteral("€600 million|6e8|EUR")
        << QStringLiteral("€600 million") << QStringLiteral("round_total Helsing -");
    QTest::newRow("a contract with a provider to purchase compute")
        << QStringLiteral("Mistral has signed a contract with CoreWeave to purchase $2 billion in computing power.")
        << QStringLiteral("Mistral;CoreWeave") << QStringLiteral("$2 billion|2e9|USD")
        << QStringLiteral("$2 billion") << QStringLiteral("compute_commitment Mistral CoreWeave");
    QTest::newRow("a newspaper that reported is no party")
        << QStringLiteral("Cohere struck a $1 billion, five-year agreement with Nscale for capacity, the Financial Times reported.")
        << QStringLiteral("Cohere;Nscale;Financial Times") << QStringLiteral("$1 billion|1e9|USD")
        << QStringLiteral("$1 billion") << QStringLiteral("compute_commitment Cohere Nscale");
    QTest::newRow("a newspaper cited with 'according to' is no party")
        << QStringLiteral("According to the Irish Times, Intel will invest €2 billion in Leixlip Fab.")
        << QStringLiteral("Irish Times;Intel;Leixlip Fab") << QStringLiteral("€2 billion|2e9|EUR")
        << QStringLiteral("€2 billion") << QStringLiteral("investment Intel Leixlip Fab");
    QTest::newRow("the company described, not named, is the one the sentence before leads with")
        << QStringLiteral("Nokia reported results on Tuesday. The Finnish group said it would invest €300 million in Infinera.")
        << QStringLiteral("Nokia;Infinera") << QStringLiteral("€300 million|3e8|EUR")
        << QStringLiteral("€300 million") << QStringLiteral("investment Nokia Infinera");
    QTest::newRow("the price of a stake bought")
        << QStringLiteral("Orange plans to buy a 30% stake in MasOrange for €4.2 billion.")
        << QStringLiteral("Orange;MasOrange") << QStringLiteral("30%|30|%;€4.2 billion|4.2e9|EUR")
        << QStringLiteral("€4.2 billion") << QStringLiteral("stake_value Orange MasOrange");
    QTest::newRow("a company described twice over keeps its name")
        << QStringLiteral("Nokia reported results on Tuesday. The company said it would invest €300 million in Infinera. "
                          "The Finnish group also plans to buy a 10% stake in Elisa.")
        << QStringLiteral("Nokia;Infinera;Elisa") << QStringLiteral("€300 million|3e8|EUR;10%|10|%")
        << QStringLiteral("10%") << QStringLiteral("stake_percent Nokia Elisa");
    QTest::newRow("valuing the company named before the verb")
        << QStringLiteral("Stellantis and Leapmotor agreed to restructure the carmaker's venture, valuing the company at €8 billion.")
        << QStringLiteral("Stellantis;Leapmotor") << QStringLiteral("€8 billion|8e9|EUR")
        << QStringLiteral("€8 billion") << QStringLiteral("valuation Leapmotor -");
    QTest::newRow("valuing a company named after the verb")
        << QStringLiteral("The round, led by Sequoia, values Harvey at $5 billion.")
        << QStringLiteral("Sequoia;Harvey") << QStringLiteral("$5 billion|5e9|USD")
        << QStringLiteral("$5 billion") << QStringLiteral("valuation Harvey -");
    QTest::newRow("valuing the company that raised, not its lead investor")
        << QStringLiteral("Synthesia raised $180 million in a round led by NEA, valuing the video start-up at $2.1 billion.")
        << QStringLiteral("Synthesia;NEA") << QStringLiteral("$180 million|1.8e8|USD;$2.1 billion|2.1e9|USD")
        << QStringLiteral("$2.1 billion") << QStringLiteral("valuation Synthesia -");
    QTest::newRow("a round led by an investor belongs to the company it is in")
        << QStringLiteral("Index Ventures led a $200 million Series C round in Aiven, the database start-up said.")
        << QStringLiteral("Index Ventures;Aiven") << QStringLiteral("$200 million|2e8|USD")
        << QStringLiteral("$200 million") << QStringLiteral("round_total Aiven -");
    QTest::newRow("a deal worth a sum for a stake taken")
        << QStringLiteral("Aramco will take 40% of Horse Powertrain in a deal worth €7.4 billion, the companies said.")
        << QStringLiteral("Aramco;Horse Powertrain") << QStringLiteral("40%|40|%;€7.4 billion|7.4e9|EUR")
        << QStringLiteral("€7.4 billion") << QStringLiteral("stake_value Aramco Horse Powertrain");
    QTest::newRow("an enterprise value is a valuation")
        << QStringLiteral("Including debt, the offer gives Spectris an enterprise value of £4.4 billion.")
        << QStringLiteral("Spectris") << QStringLiteral("£4.4 billion|4.4e9|GBP")
        << QStringLiteral("£4.4 billion") << QStringLiteral("valuation Spectris -");
    QTest::newRow("will value a company at a sum")
        << QStringLiteral("The investment will value Flipkart at $37.6 billion, the people said.")
        << QStringLiteral("Flipkart") << QStringLiteral("$37.6 billion|3.76e10|USD")
        << QStringLiteral("$37.6 billion") << QStringLiteral("valuation Flipkart -");
    QTest::newRow("chip models counted in a compute deal")
        << QStringLiteral("Mistral will rent 18,000 GB300s from Nscale to expand its compute capacity.")
        << QStringLiteral("Mistral;Nscale") << QStringLiteral("18,000 GB300s|18000|GB300s")
        << QStringLiteral("18,000 GB300s") << QStringLiteral("chips Mistral Nscale");
    QTest::newRow("a sum restated after a few words")
        << QStringLiteral("The deal values Ola Electric at Rs 24,000 crore pre-money equity value ($2.9 billion at today's rate).")
        << QStringLiteral("Ola Electric") << QStringLiteral("Rs 24,000 crore|2.4e11|INR;$2.9 billion|2.9e9|USD")
        << QStringLiteral("$2.9 billion") << QStringLiteral("valuation_pre Ola Electric -");
    QTest::newRow("money spent on its own plans names no investee")
        << QStringLiteral("Iberdrola signed a supply deal with Amazon. Iberdrola will invest about €2 billion to expand its grid in Spain.")
        << QStringLiteral("Iberdrola;Amazon;Iberdrola") << QStringLiteral("€2 billion|2e9|EUR|approx")
        << QStringLiteral("€2 billion") << QStringLiteral("investment Iberdrola -");
    QTest::newRow("a labelled valuation")
        << QStringLiteral("- **Revolut valuation after the share sale**: $75 billion, up from $45 billion.")
        << QStringLiteral("Revolut") << QStringLiteral("$75 billion|7.5e10|USD;$45 billion|4.5e10|USD")
        << QStringLiteral("$75 billion") << QStringLiteral("valuation Revolut -");
    QTest::newRow("a labelled revenue stays loose")
        << QStringLiteral("- **Revolut annual revenue**: $4 billion.")
        << QStringLiteral("Revolut") << QStringLiteral("$4 billion|4e9|USD")
        << QStringLiteral("$4 billion") << QStringLiteral("other Revolut -");
    QTest::newRow("paying a sum for a company is its price")
        << QStringLiteral("Heineken to pay €2.5 billion for Distell")
        << QStringLiteral("Heineken;Distell") << QStringLiteral("€2.5 billion|2.5e9|EUR")
        << QStringLiteral("€2.5 billion") << QStringLiteral("stake_value Heineken Distell");
    QTest::newRow("paying a sum in cash for a company is its price")
        << QStringLiteral("Reliance Retail will pay Rs 2,850 crore in cash for Metro Cash.")
        << QStringLiteral("Reliance Retail;Metro Cash") << QStringLiteral("Rs 2,850 crore|2.85e10|INR")
        << QStringLiteral("Rs 2,850 crore") << QStringLiteral("stake_value Reliance Retail Metro Cash");
    QTest::newRow("paying for a company's assets is no price of the company")
        << QStringLiteral("Sanofi paid $600 million for Kymab's antibody rights.")
        << QStringLiteral("Sanofi;Kymab") << QStringLiteral("$600 million|6e8|USD")
        << QStringLiteral("$600 million") << QStringLiteral("other Sanofi -");
    QTest::newRow("its stake belongs to the subject, not to the company nearest")
        << QStringLiteral("Orsted, a Danish wind developer, is buying out solar firm Sunfield Power by increasing its current stake of about 40 per cent to 100 per cent, it said on Monday.")
        << QStringLiteral("Orsted;Sunfield Power") << QStringLiteral("40 per cent|40|%|approx;100 per cent|100|%")
        << QStringLiteral("40 per cent") << QStringLiteral("stake_percent Orsted Sunfield Power");
    QTest::newRow("its holding after a gerund is the subject's")
        << QStringLiteral("Heidelberg Materials took control of Cementir Holding after raising its shareholding to 51%.")
        << QStringLiteral("Heidelberg Materials;Cementir Holding") << QStringLiteral("51%|51|%")
        << QStringLiteral("51%") << QStringLiteral("stake_percent Heidelberg Materials Cementir Holding");
    QTest::newRow("a deal told for comparison takes no party from the story before")
        << QStringLiteral("SAP has signed a €3 billion cloud contract with Siemens. Previously, Infosys had a €1 billion cloud contract, which was later cancelled.")
        << QStringLiteral("SAP;Siemens;Infosys") << QStringLiteral("€3 billion|3e9|EUR;€1 billion|1e9|EUR")
        << QStringLiteral("€1 billion") << QStringLiteral("compute_commitment Infosys -");
    QTest::newRow("a holding raised to a share is a stake")
        << QStringLiteral("Prosus, which is listed in Amsterdam, raised its holding in Swiggy to 33%.")
        << QStringLiteral("Prosus;Swiggy") << QStringLiteral("33%|33|%")
        << QStringLiteral("33%") << QStringLiteral("stake_percent Prosus Swiggy");
    QTest::newRow("holding rates at a level is no stake")
        << QStringLiteral("The Reserve Bank of India is holding interest rates at 6.5%.")
        << QStringLiteral("Reserve Bank of India") << QStringLiteral("6.5%|6.5|%")
        << QStringLiteral("6.5%") << QStringLiteral("other Reserve Bank of India -");
    QTest::newRow("a takeover by a buyer named after the sum")
        << QStringLiteral("Darktrace has agreed a $5.3 billion takeover by the private equity firm Thoma Bravo.")
        << QStringLiteral("Darktrace;Thoma Bravo") << QStringLiteral("$5.3 billion|5.3e9|USD")
        << QStringLiteral("$5.3 billion") << QStringLiteral("stake_value Thoma Bravo Darktrace");
    QTest::newRow("spending on its own data centres has no provider")
        << QStringLiteral("Ocado signed a deal with Kroger in May. Meta chief executive Mark Zuckerberg said the company would spend $65 billion on AI data centres this year.")
        << QStringLiteral("Ocado;Kroger;Meta") << QStringLiteral("$65 billion|6.5e10|USD")
        << QStringLiteral("$65 billion") << QStringLiteral("compute_commitment Meta -");
    QTest::newRow("a stake in a company described, not named")
        << QStringLiteral("Vinci and Vinci's rivals bid too. Allianz will buy a 49% stake worth about €2.2bn in the toll-road operator.")
        << QStringLiteral("Vinci;Vinci;Allianz") << QStringLiteral("49%|49|%;€2.2bn|2.2e9|EUR|approx")
        << QStringLiteral("49%") << QStringLiteral("stake_percent Allianz -");
    QTest::newRow("a missing party comes from the same deal stated elsewhere")
        << QStringLiteral("In brief: a $700 million compute agreement with CoreWeave.\n"
                          "Cohere signed a $700 million compute agreement with CoreWeave on Monday.")
        << QStringLiteral("CoreWeave;Cohere") << QStringLiteral("$700 million|7e8|USD;$700 million|7e8|USD")
        << QStringLiteral("$700 million") << QStringLiteral("compute_commitment Cohere CoreWeave");
    QTest::newRow("a contract X lost to Y is Y's")
        << QStringLiteral("The order is twice the €3 billion satellite contract Thales lost to Leonardo.")
        << QStringLiteral("Thales;Leonardo") << QStringLiteral("€3 billion|3e9|EUR")
        << QStringLiteral("€3 billion") << QStringLiteral("contract_value Leonardo -");
    QTest::newRow("the loser of a contract is not borrowed as its buyer")
        << QStringLiteral("Kyndryl signed a $500 million cloud contract with Siemens. It is twice the $250 million cloud "
                          "contract Kyndryl famously lost to Wipro.")
        << QStringLiteral("Kyndryl;Siemens;Wipro") << QStringLiteral("$500 million|5e8|USD;$250 million|2.5e8|USD")
        << QStringLiteral("$250 million") << QStringLiteral("compute_commitment - Wipro");
    QTest::newRow("a cloud contract which X lost to Y: Y provides")
        << QStringLiteral("Ford's $1 billion cloud contract, which Rackspace lost to Equinix, runs until 2030.")
        << QStringLiteral("Ford;Rackspace;Equinix") << QStringLiteral("$1 billion|1e9|USD")
        << QStringLiteral("$1 billion") << QStringLiteral("compute_commitment Ford Equinix");
    QTest::newRow("a cloud named first in a deal with its customer")
        << QStringLiteral("Alibaba Cloud scores ¥9 billion deal with Xiaohongshu")
        << QStringLiteral("Alibaba Cloud>Alibaba;Xiaohongshu") << QStringLiteral("¥9 billion|9e9|CNY")
        << QStringLiteral("¥9 billion") << QStringLiteral("compute_commitment Xiaohongshu Alibaba");
    QTest::newRow("a customer named first in a deal with a cloud")
        << QStringLiteral("Xiaohongshu signs ¥9 billion deal with Alibaba Cloud")
        << QStringLiteral("Alibaba Cloud>Alibaba;Xiaohongshu") << QStringLiteral("¥9 billion|9e9|CNY")
        << QStringLiteral("¥9 billion") << QStringLiteral("compute_commitment Xiaohongshu Alibaba");
    QTest::newRow("a cloud's own purchase keeps it the buyer")
        << QStringLiteral("Separately, Nimbus Compute signed a $3 billion power purchase agreement for wind capacity.")
        << QStringLiteral("Nimbus Compute") << QStringLiteral("$3 billion|3e9|USD")
        << QStringLiteral("$3 billion") << QStringLiteral("compute_commitment Nimbus Compute -");
    QTest::newRow("a data centre operator described after its name")
        << QStringLiteral("Equinix, the data centre operator, signs $300 million deal with Zalando.")
        << QStringLiteral("Equinix;Zalando") << QStringLiteral("$300 million|3e8|USD")
        << QStringLiteral("$300 million") << QStringLiteral("compute_commitment Zalando Equinix");
    QTest::newRow("a contract shared by several providers names none")
        << QStringLiteral("The NHS awarded a £2 billion cloud contract in 2023, shared by three companies including IBM, "
                          "Oracle and Atos.")
        << QStringLiteral("NHS;IBM;Oracle;Atos") << QStringLiteral("£2 billion|2e9|GBP;2023|2023|year")
        << QStringLiteral("£2 billion") << QStringLiteral("compute_commitment NHS - part=total @2023");
    QTest::newRow("a contract awarded to a list of companies names none")
        << QStringLiteral("NATO awards €2bn cloud contract to Thales, Atos and Leonardo")
        << QStringLiteral("NATO;Thales;Atos;Leonardo") << QStringLiteral("€2bn|2e9|EUR")
        << QStringLiteral("€2bn") << QStringLiteral("compute_commitment NATO - part=total");
    QTest::newRow("a contract awarded to one company is its")
        << QStringLiteral("NATO awards €2bn cloud contract to Thales, the French group said.")
        << QStringLiteral("NATO;Thales") << QStringLiteral("€2bn|2e9|EUR")
        << QStringLiteral("€2bn") << QStringLiteral("compute_commitment NATO Thales");
    QTest::newRow("a deal valued at as much as")
        << QStringLiteral("Telstra signed a ten-year cloud agreement valued at as much as A$1 billion with Kyndryl.")
        << QStringLiteral("Kyndryl;Telstra") << QStringLiteral("A$1 billion|1e9|AUD|upper_bound")
        << QStringLiteral("A$1 billion") << QStringLiteral("compute_commitment Telstra Kyndryl");
    QTest::newRow("awarded a contract to provide: the awardee provides")
        << QStringLiteral("Capita was awarded a contract valued at as much as £500 million to provide cloud hosting to the Pentagon.")
        << QStringLiteral("Capita;Pentagon") << QStringLiteral("£500 million|5e8|GBP|upper_bound")
        << QStringLiteral("£500 million") << QStringLiteral("compute_commitment Pentagon Capita");
    QTest::newRow("a public body's contract with X to provide: X provides")
        << QStringLiteral("The Home Office signed a £500 million contract with Capita to provide cloud hosting.")
        << QStringLiteral("Capita;Home Office") << QStringLiteral("£500 million|5e8|GBP")
        << QStringLiteral("£500 million") << QStringLiteral("compute_commitment Home Office Capita");
    QTest::newRow("a contract with a public body to provide: the signer provides")
        << QStringLiteral("Orvane Systems signed a $2 billion contract with the Department of Energy to provide cloud hosting.")
        << QStringLiteral("Orvane Systems;Department of Energy") << QStringLiteral("$2 billion|2e9|USD")
        << QStringLiteral("$2 billion") << QStringLiteral("compute_commitment Department of Energy Orvane Systems");
    QTest::newRow("a contract split between two contractors names neither")
        << QStringLiteral("Network Rail's £1.4 billion signalling contract is split between Siemens and Alstom.")
        << QStringLiteral("Network Rail;Siemens;Alstom") << QStringLiteral("£1.4 billion|1.4e9|GBP")
        << QStringLiteral("£1.4 billion") << QStringLiteral("contract_value Network Rail - part=total");
    QTest::newRow("buy X in a $N deal is its price")
        << QStringLiteral("Novartis will buy US gene therapy firm Avexis in a $8.7 billion deal, the companies said.")
        << QStringLiteral("Novartis;Avexis") << QStringLiteral("$8.7 billion|8.7e9|USD")
        << QStringLiteral("$8.7 billion") << QStringLiteral("stake_value Novartis Avexis");
    QTest::newRow("buy servers in a $N deal stays compute")
        << QStringLiteral("Meta will buy Nvidia servers in a $2 billion deal for its data centres.")
        << QStringLiteral("Meta;Nvidia") << QStringLiteral("$2 billion|2e9|USD")
        << QStringLiteral("$2 billion") << QStringLiteral("compute_commitment Meta Nvidia");
    QTest::newRow("acquiring X, a description, for $N")
        << QStringLiteral("NEC announced the acquisition of KMD, the largest IT company in Denmark, for about DKK 8 billion.")
        << QStringLiteral("NEC;KMD") << QStringLiteral("DKK 8 billion|8e9|DKK|approx")
        << QStringLiteral("DKK 8 billion") << QStringLiteral("stake_value NEC KMD");
    QTest::newRow("a holding company is no holder")
        << QStringLiteral("NEC announced the acquisition of KMD Holding, the holding company of KMD A/S, for about DKK 8 billion.")
        << QStringLiteral("NEC;KMD Holding") << QStringLiteral("DKK 8 billion|8e9|DKK|approx")
        << QStringLiteral("DKK 8 billion") << QStringLiteral("stake_value NEC KMD Holding");
    QTest::newRow("X sold Y to Z for $N: Z buys Y")
        << QStringLiteral("Siemens sold Osram to Ams for €4.6 billion.")
        << QStringLiteral("Siemens;Osram;Ams") << QStringLiteral("€4.6 billion|4.6e9|EUR")
        << QStringLiteral("€4.6 billion") << QStringLiteral("stake_value Ams Osram");
    QTest::newRow("a stake sold to Z in a deal worth $N: Z buys it")
        << QStringLiteral("Bayer has sold its 30% stake in Covestro to Adnoc in a deal worth €14 billion.")
        << QStringLiteral("Bayer;Covestro;Adnoc") << QStringLiteral("30%|30|%;€14 billion|1.4e10|EUR")
        << QStringLiteral("€14 billion") << QStringLiteral("stake_value Adnoc Covestro");
    QTest::newRow("sold to a buyer described before its name")
        << QStringLiteral("Vodafone sold its stake in Verizon Wireless to the firm's majority owner, US telecoms group "
                          "Verizon Communications, in a deal worth £78 billion.")
        << QStringLiteral("Vodafone;Verizon Wireless;Verizon Communications") << QStringLiteral("£78 billion|7.8e10|GBP")
        << QStringLiteral("£78 billion") << QStringLiteral("stake_value Verizon Communications Verizon Wireless");
    QTest::newRow("a unit sold to its own parent borrows no investee")
        << QStringLiteral("Vodafone owns 45% of Verizon Wireless. Vodafone sold its stake in Verizon Wireless to its "
                          "majority owner, Verizon, in a deal worth $130 billion.")
        << QStringLiteral("Vodafone;Verizon Wireless>Verizon;Verizon") << QStringLiteral("45%|45|%;$130 billion|1.3e11|USD")
        << QStringLiteral("$130 billion") << QStringLiteral("stake_value Verizon -");
    QTest::newRow("sold to a private equity firm")
        << QStringLiteral("Unilever agreed to sell Sara Lee to private equity firm KKR for €4.5 billion.")
        << QStringLiteral("Unilever;Sara Lee;KKR") << QStringLiteral("€4.5 billion|4.5e9|EUR")
        << QStringLiteral("€4.5 billion") << QStringLiteral("stake_value KKR Sara Lee");
    QTest::newRow("a business sold, not named, is no company's stake")
        << QStringLiteral("Unilever is the seller. Unilever agreed to sell its tea business to CVC for €4.5 billion.")
        << QStringLiteral("Unilever;CVC") << QStringLiteral("€4.5 billion|4.5e9|EUR")
        << QStringLiteral("€4.5 billion") << QStringLiteral("stake_value CVC -");
    QTest::newRow("buying others' stakes in X buys into X")
        << QStringLiteral("Orange has agreed to buy Telefonica's and Iliad's stakes in Spanish operator MasMovil for €6 billion in cash.")
        << QStringLiteral("Orange;Telefonica;Iliad;MasMovil") << QStringLiteral("€6 billion|6e9|EUR")
        << QStringLiteral("€6 billion") << QStringLiteral("stake_value Orange MasMovil");
    QTest::newRow("a sum set beside a named project is its own spending")
        << QStringLiteral("Reliance is the main backer of Jio. Earlier, Reliance unveiled the Jamnagar Giga Complex, "
                          "a ₹75,000 crore, five-year investment aimed at building battery plants.")
        << QStringLiteral("Reliance;Jio;Jamnagar Giga Complex") << QStringLiteral("₹75,000 crore|7.5e11|INR")
        << QStringLiteral("₹75,000 crore") << QStringLiteral("investment Jamnagar Giga Complex -");
    QTest::newRow("a market's size is no deal")
        << QStringLiteral("Sanofi says the global market for insulin injectables is expected to reach €30 billion in 2030.")
        << QStringLiteral("Sanofi") << QStringLiteral("€30 billion|3e10|EUR;2030|2030|year")
        << QStringLiteral("€30 billion") << QStringLiteral("other Sanofi - @2030");
    QTest::newRow("injectables are no injection of money")
        << QStringLiteral("Hikma shipped sterile injectables to Baxter for $300 million.")
        << QStringLiteral("Hikma;Baxter") << QStringLiteral("$300 million|3e8|USD")
        << QStringLiteral("$300 million") << QStringLiteral("other Baxter -");
    QTest::newRow("a joint venture spending is no single party's")
        << QStringLiteral("Sony and Honda agreed terms. Sony said the new joint venture will spend ¥50 billion on chip plants.")
        << QStringLiteral("Sony;Honda") << QStringLiteral("¥50 billion|5e10|JPY")
        << QStringLiteral("¥50 billion") << QStringLiteral("other - -");
    QTest::newRow("forming a joint venture keeps the figure's party")
        << QStringLiteral("Tata and Airbus will form a joint venture, with Tata holding 51% and Airbus the rest.")
        << QStringLiteral("Tata;Airbus") << QStringLiteral("51%|51|%")
        << QStringLiteral("51%") << QStringLiteral("other Tata -");
    QTest::newRow("a joint venture's total is no investment")
        << QStringLiteral("Ionity, a €700 million venture of BMW, Daimler and Ford, will build chargers.")
        << QStringLiteral("Ionity;BMW;Daimler;Ford") << QStringLiteral("€700 million|7e8|EUR")
        << QStringLiteral("€700 million") << QStringLiteral("other Ionity -");
    QTest::newRow("a joint venture between two parties is no investment in either")
        << QStringLiteral("Sony and Honda formed Afeela, a ¥10 billion joint venture between the two groups.")
        << QStringLiteral("Sony;Honda;Afeela") << QStringLiteral("¥10 billion|1e10|JPY")
        << QStringLiteral("¥10 billion") << QStringLiteral("other Afeela -");

    // A clause opened by ", and <Name> <verb>", ", while <Name> <verb>" or "; <Name> <verb>" has its own
    // subject: its parties are not those of the clause before, nor borrowed from elsewhere.
    QTest::newRow("wire digest: a bought company stays in its own clause")
        << QStringLiteral("SoftBank Group Corp. agreed to buy Ampere Computing for $6.5 billion in an all-cash deal, and "
                          "Toyota Motor Corp. will invest ¥2 trillion in battery plants by 2030.")
        << QStringLiteral("SoftBank Group Corp=SoftBank Group;Ampere Computing>SoftBank Group;Toyota Motor Corp.=Toyota")
        << QStringLiteral("$6.5 billion|6.5e9|USD;¥2 trillion|2e12|JPY;2030|2030|year")
        << QStringLiteral("$6.5 billion") << QStringLiteral("stake_value SoftBank Group Ampere Computing");
    QTest::newRow("wire digest: the second clause's investment has no borrowed counterparty")
        << QStringLiteral("SoftBank Group Corp. agreed to buy Ampere Computing for $6.5 billion in an all-cash deal, and "
                          "Toyota Motor Corp. will invest ¥2 trillion in battery plants by 2030.")
        << QStringLiteral("SoftBank Group Corp=SoftBank Group;Ampere Computing>SoftBank Group;Toyota Motor Corp.=Toyota")
        << QStringLiteral("$6.5 billion|6.5e9|USD;¥2 trillion|2e12|JPY;2030|2030|year")
        << QStringLiteral("¥2 trillion") << QStringLiteral("investment Toyota -");
    QTest::newRow("while <Name> <verb> opens a clause of its own")
        << QStringLiteral("Novartis agreed to acquire Avidity Biosciences for $12 billion in cash, while Roche plans to "
                          "invest CHF 1.5 billion in new laboratories.")
        << QStringLiteral("Novartis;Avidity Biosciences;Roche")
        << QStringLiteral("$12 billion|1.2e10|USD;CHF 1.5 billion|1.5e9|CHF")
        << QStringLiteral("CHF 1.5 billion") << QStringLiteral("investment Roche -");
    QTest::newRow("semicolon and <Name> <verb> opens a clause of its own")
        << QStringLiteral("Reliance Industries bought a 40% stake in Alok Textiles last year; Infosys said it will invest "
                          "INR 5,000 crore in new campuses.")
        << QStringLiteral("Reliance Industries;Alok Textiles;Infosys")
        << QStringLiteral("40%|40|%;INR 5,000 crore|5e10|INR")
        << QStringLiteral("INR 5,000 crore") << QStringLiteral("investment Infosys -");
    QTest::newRow("a clause led by a party already named continues the same deal")
        << QStringLiteral("Telenor picked Nscale for its AI cloud, and Nscale will get a NOK 2 billion computing contract.")
        << QStringLiteral("Telenor;Nscale") << QStringLiteral("NOK 2 billion|2e9|NOK")
        << QStringLiteral("NOK 2 billion") << QStringLiteral("compute_commitment Telenor Nscale");
    QTest::newRow("a clause of its own may point at a company outside it")
        << QStringLiteral("Amazon invested $4 billion in Anthropic, and Google has committed $2 billion to the startup.")
        << QStringLiteral("Amazon;Anthropic;Google") << QStringLiteral("$4 billion|4e9|USD;$2 billion|2e9|USD")
        << QStringLiteral("$2 billion") << QStringLiteral("investment Google Anthropic");
    QTest::newRow("a clause of its own pointing at a company of the clause before")
        << QStringLiteral("KKR bought a 25% stake in Reliance Retail for $1.3 billion, and Silver Lake invested $1 billion in the retailer.")
        << QStringLiteral("KKR;Reliance Retail;Silver Lake") << QStringLiteral("25%|25|%;$1.3 billion|1.3e9|USD;$1 billion|1e9|USD")
        << QStringLiteral("$1 billion") << QStringLiteral("investment Silver Lake Reliance Retail");
    QTest::newRow("an irregular verb opens a clause of its own")
        << QStringLiteral("Blackstone agreed to acquire Tricon Residential for $3.5 billion; KKR sold a 20% stake in Envision to Apollo.")
        << QStringLiteral("Blackstone;Tricon Residential;KKR;Envision;Apollo") << QStringLiteral("$3.5 billion|3.5e9|USD;20%|20|%")
        << QStringLiteral("20%") << QStringLiteral("stake_percent Apollo Envision");
    QTest::newRow("a clause of its own that leaves out what it invests in")
        << QStringLiteral("Microsoft will invest up to $5 billion in Anthropic, while Nvidia will invest up to $10 billion.")
        << QStringLiteral("Microsoft;Anthropic;Nvidia") << QStringLiteral("$5 billion|5e9|USD|upper_bound;$10 billion|1e10|USD|upper_bound")
        << QStringLiteral("$10 billion") << QStringLiteral("investment Nvidia Anthropic");
    QTest::newRow("an Oxford-comma list of investors is no clause of its own")
        << QStringLiteral("Siemens, Bosch, and Continental invested €900 million in Aleph Alpha.")
        << QStringLiteral("Siemens;Bosch;Continental;Aleph Alpha") << QStringLiteral("€900 million|9e8|EUR")
        << QStringLiteral("€900 million") << QStringLiteral("other - -");

    // A role noun right before a name ("startup Momenta", "the lender HSBC") describes that name.
    QTest::newRow("wire digest: startup before a name is an apposition")
        << QStringLiteral("xAI Holdings merged with X Corp. in an all-stock deal valuing xAI at $80bn.\n\n"
                          "Mercedes-Benz Group AG invested €500m in startup Momenta.")
        << QStringLiteral("xAI Holdings=xAI;X Corp;xAI;Mercedes-Benz Group AG=Mercedes-Benz;Momenta")
        << QStringLiteral("$80bn|8e10|USD;€500m|5e8|EUR")
        << QStringLiteral("€500m") << QStringLiteral("investment Mercedes-Benz Momenta");
    QTest::newRow("an adjective and a role noun before a name")
        << QStringLiteral("Samsung Electronics raised its stake in Rainbow Robotics last year.\n\n"
                          "LG Electronics invested KRW 60 billion in Korean robotics startup Bear Robotics.")
        << QStringLiteral("Samsung Electronics;Rainbow Robotics;LG Electronics;Bear Robotics")
        << QStringLiteral("KRW 60 billion|6e10|KRW")
        << QStringLiteral("KRW 60 billion") << QStringLiteral("investment LG Electronics Bear Robotics");
    QTest::newRow("the lender before a name")
        << QStringLiteral("Barclays and Lloyds settled their dispute. Qatar Investment Authority invested £500 million in the lender NatWest.")
        << QStringLiteral("Barclays;Lloyds;Qatar Investment Authority;NatWest")
        << QStringLiteral("£500 million|5e8|GBP")
        << QStringLiteral("£500 million") << QStringLiteral("investment Qatar Investment Authority NatWest");
    QTest::newRow("a maker noun before a name")
        << QStringLiteral("Qualcomm and Arm settled their licensing dispute. Intel Capital invested $200 million in chipmaker SiFive.")
        << QStringLiteral("Qualcomm;Arm;Intel Capital;SiFive") << QStringLiteral("$200 million|2e8|USD")
        << QStringLiteral("$200 million") << QStringLiteral("investment Intel Capital SiFive");
    QTest::newRow("a designer before a name")
        << QStringLiteral("Renesas and Altium closed their merger. Bosch Ventures invested €40 million in chip designer Codasip.")
        << QStringLiteral("Renesas;Altium;Bosch Ventures;Codasip") << QStringLiteral("€40 million|4e7|EUR")
        << QStringLiteral("€40 million") << QStringLiteral("investment Bosch Ventures Codasip");
    QTest::newRow("an abbreviation and a maker before a name")
        << QStringLiteral("Renault and Nissan settled their dispute. Geely bought a 10% stake in U.S. electric car maker Faraday Future.")
        << QStringLiteral("Renault;Nissan;Geely;Faraday Future") << QStringLiteral("10%|10|%")
        << QStringLiteral("10%") << QStringLiteral("stake_percent Geely Faraday Future");
    QTest::newRow("a place in the possessive before a name")
        << QStringLiteral("Uniper agreed to sell an 80% stake in two solar parks in Spain to Canada's Brookfield Renewable.")
        << QStringLiteral("Uniper;Spain:place;Canada:place;Brookfield Renewable") << QStringLiteral("80%|80|%")
        << QStringLiteral("80%") << QStringLiteral("stake_percent Brookfield Renewable -");
    QTest::newRow("a place in the possessive and a role noun before a name")
        << QStringLiteral("Baidu and Geely expanded their venture. Tencent invested $300 million in China's robotics startup Unitree.")
        << QStringLiteral("Baidu;Geely;Tencent;China:place;Unitree") << QStringLiteral("$300 million|3e8|USD")
        << QStringLiteral("$300 million") << QStringLiteral("investment Tencent Unitree");

    // "X signed a deal with Y to supply …": X supplies, Y is the customer.
    QTest::newRow("wire digest: deal with a customer to supply computing power")
        << QStringLiteral("CoreWeave Inc. signed a $14.2 billion deal with Meta Platforms Inc. to supply computing power.")
        << QStringLiteral("CoreWeave Inc=CoreWeave;Meta Platforms Inc=Meta") << QStringLiteral("$14.2 billion|1.42e10|USD")
        << QStringLiteral("$14.2 billion") << QStringLiteral("compute_commitment Meta CoreWeave");
    QTest::newRow("agreement with a customer to provide data centre capacity")
        << QStringLiteral("Crusoe signed a €3 billion agreement with Mistral AI to provide data centre capacity in France.")
        << QStringLiteral("Crusoe;Mistral AI") << QStringLiteral("€3 billion|3e9|EUR")
        << QStringLiteral("€3 billion") << QStringLiteral("compute_commitment Mistral AI Crusoe");
    QTest::newRow("won a contract to supply a customer with compute")
        << QStringLiteral("Fluidstack won a £2 billion contract to supply Anthropic with GPU computing capacity.")
        << QStringLiteral("Fluidstack;Anthropic") << QStringLiteral("£2 billion|2e9|GBP")
        << QStringLiteral("£2 billion") << QStringLiteral("compute_commitment Anthropic Fluidstack");

    QTest::newRow("a contract to supply a customer named elsewhere as a cloud")
        << QStringLiteral("Microsoft's cloud arm is short of chips. Nebius won a $17.4 billion contract to supply Microsoft with GPU capacity.")
        << QStringLiteral("Microsoft;Nebius") << QStringLiteral("$17.4 billion|1.74e10|USD")
        << QStringLiteral("$17.4 billion") << QStringLiteral("compute_commitment Microsoft Nebius");
    QTest::newRow("a deal with a provider to provide it with compute")
        << QStringLiteral("Anthropic signed a $30 billion deal with Microsoft to provide it with Azure computing capacity.")
        << QStringLiteral("Anthropic;Microsoft") << QStringLiteral("$30 billion|3e10|USD")
        << QStringLiteral("$30 billion") << QStringLiteral("compute_commitment Anthropic Microsoft");
    QTest::newRow("a deal with a customer to buy compute keeps the signer as buyer")
        << QStringLiteral("OpenAI signed a $10 billion deal with Cerebras to buy computing capacity.")
        << QStringLiteral("OpenAI;Cerebras") << QStringLiteral("$10 billion|1e10|USD")
        << QStringLiteral("$10 billion") << QStringLiteral("compute_commitment OpenAI Cerebras");

    // "X sells a N% stake in Y to Z for $M": Z's stake in Y; without "in Y", a stake in X.
    QTest::newRow("wire digest: a stake sold in a described asset")
        << QStringLiteral("Orsted agreed to sell a 50% stake in the Hornsea 3 wind farm to Apollo Global Management for about $6.5 billion.")
        << QStringLiteral("Orsted;Apollo Global Management") << QStringLiteral("50%|50|%;$6.5 billion|6.5e9|USD|approx")
        << QStringLiteral("50%") << QStringLiteral("stake_percent Apollo Global Management -");
    QTest::newRow("wire digest: the price of a stake sold")
        << QStringLiteral("Orsted agreed to sell a 50% stake in the Hornsea 3 wind farm to Apollo Global Management for about $6.5 billion.")
        << QStringLiteral("Orsted;Apollo Global Management") << QStringLiteral("50%|50|%;$6.5 billion|6.5e9|USD|approx")
        << QStringLiteral("$6.5 billion") << QStringLiteral("stake_value Apollo Global Management -");
    QTest::newRow("a stake sold in a named company")
        << QStringLiteral("Iberdrola agreed to sell a 40% stake in Avangrid to Norges Bank for €2.1 billion.")
        << QStringLiteral("Iberdrola;Avangrid;Norges Bank") << QStringLiteral("40%|40|%;€2.1 billion|2.1e9|EUR")
        << QStringLiteral("40%") << QStringLiteral("stake_percent Norges Bank Avangrid");
    QTest::newRow("the price of a stake sold in a named company")
        << QStringLiteral("Iberdrola agreed to sell a 40% stake in Avangrid to Norges Bank for €2.1 billion.")
        << QStringLiteral("Iberdrola;Avangrid;Norges Bank") << QStringLiteral("40%|40|%;€2.1 billion|2.1e9|EUR")
        << QStringLiteral("€2.1 billion") << QStringLiteral("stake_value Norges Bank Avangrid");
    QTest::newRow("a stake sold in the seller itself")
        << QStringLiteral("Bharti Airtel sold a 20% stake to Singtel for INR 9,000 crore.")
        << QStringLiteral("Bharti Airtel;Singtel") << QStringLiteral("20%|20|%;INR 9,000 crore|9e10|INR")
        << QStringLiteral("20%") << QStringLiteral("stake_percent Singtel Bharti Airtel");
    QTest::newRow("the price of a stake sold in the seller itself")
        << QStringLiteral("Bharti Airtel sold a 20% stake to Singtel for INR 9,000 crore.")
        << QStringLiteral("Bharti Airtel;Singtel") << QStringLiteral("20%|20|%;INR 9,000 crore|9e10|INR")
        << QStringLiteral("INR 9,000 crore") << QStringLiteral("stake_value Singtel Bharti Airtel");
    QTest::newRow("a share sold to the named buyer")
        << QStringLiteral("Naturgy agreed to sell a 25% share in Spanish grid operator Nedgia to the Abu Dhabi Investment Authority for €1.1 billion.")
        << QStringLiteral("Naturgy;Nedgia;Abu Dhabi Investment Authority") << QStringLiteral("25%|25|%;€1.1 billion|1.1e9|EUR")
        << QStringLiteral("25%") << QStringLiteral("stake_percent Abu Dhabi Investment Authority Nedgia");

    // "A owns 51% and B 49%": the verb is left out; both hold parts of one thing, never of each other.
    QTest::newRow("wire digest: a gapped list of holders")
        << QStringLiteral("Vodafone and CK Hutchison completed the merger of their UK units. The combined company, VodafoneThree, "
                          "serves 27 million customers. Vodafone owns 51% and CK Hutchison 49%.")
        << QStringLiteral("Vodafone;CK Hutchison") << QStringLiteral("51%|51|%;49%|49|%")
        << QStringLiteral("49%") << QStringLiteral("stake_percent CK Hutchison -");
    QTest::newRow("the first holder of a gapped list holds no part of the second")
        << QStringLiteral("Vodafone and CK Hutchison completed the merger of their UK units. The combined company, VodafoneThree, "
                          "serves 27 million customers. Vodafone owns 51% and CK Hutchison 49%.")
        << QStringLiteral("Vodafone;CK Hutchison") << QStringLiteral("51%|51|%;49%|49|%")
        << QStringLiteral("51%") << QStringLiteral("stake_percent Vodafone -");
    QTest::newRow("a gapped list holds the company named just before")
        << QStringLiteral("Stellantis and Leapmotor signed the final papers in May. The new venture, Leapmotor International, "
                          "starts sales in Europe this year. Stellantis holds 51% and Leapmotor 49%.")
        << QStringLiteral("Stellantis;Leapmotor International;Leapmotor") << QStringLiteral("51%|51|%;49%|49|%")
        << QStringLiteral("49%") << QStringLiteral("stake_percent Leapmotor Leapmotor International");
    QTest::newRow("the first holder of a gapped list holds the company named just before")
        << QStringLiteral("Stellantis and Leapmotor signed the final papers in May. The new venture, Leapmotor International, "
                          "starts sales in Europe this year. Stellantis holds 51% and Leapmotor 49%.")
        << QStringLiteral("Stellantis;Leapmotor International;Leapmotor") << QStringLiteral("51%|51|%;49%|49|%")
        << QStringLiteral("51%") << QStringLiteral("stake_percent Stellantis Leapmotor International");
    QTest::newRow("a stake sold in a unit of the seller's group")
        << QStringLiteral("Bosch agreed to sell a 49% stake in BSH Hausgeraete to Temasek for €3 billion.")
        << QStringLiteral("Bosch;BSH Hausgeraete>Bosch;Temasek") << QStringLiteral("49%|49|%;€3 billion|3e9|EUR")
        << QStringLiteral("€3 billion") << QStringLiteral("stake_value Temasek BSH Hausgeraete");
    QTest::newRow("a gapped list names what it holds after its last figure")
        << QStringLiteral("Amazon owns 20% and Google 14% of Anthropic.")
        << QStringLiteral("Amazon;Google;Anthropic") << QStringLiteral("20%|20|%;14%|14|%")
        << QStringLiteral("14%") << QStringLiteral("stake_percent Google Anthropic");
    QTest::newRow("the first holder of a gapped list holds what the list names last")
        << QStringLiteral("Amazon owns 20% and Google 14% of Anthropic.")
        << QStringLiteral("Amazon;Google;Anthropic") << QStringLiteral("20%|20|%;14%|14|%")
        << QStringLiteral("20%") << QStringLiteral("stake_percent Amazon Anthropic");
    QTest::newRow("a gapped list after what the first holder holds")
        << QStringLiteral("Vodafone will own 51% of the combined company and CK Hutchison 49%.")
        << QStringLiteral("Vodafone;CK Hutchison") << QStringLiteral("51%|51|%;49%|49|%")
        << QStringLiteral("49%") << QStringLiteral("stake_percent CK Hutchison -");
    QTest::newRow("a company sold is its buyer's at the price")
        << QStringLiteral("Siemens agreed to sell Osram to Bain Capital for €3.4 billion.")
        << QStringLiteral("Siemens;Osram;Bain Capital") << QStringLiteral("€3.4 billion|3.4e9|EUR")
        << QStringLiteral("€3.4 billion") << QStringLiteral("stake_value Bain Capital Osram");
    QTest::newRow("a unit sold by its group is its buyer's at the price")
        << QStringLiteral("Unilever sold its tea business Ekaterra to CVC Capital Partners for €4.5 billion.")
        << QStringLiteral("Unilever;Ekaterra>Unilever;CVC Capital Partners") << QStringLiteral("€4.5 billion|4.5e9|EUR")
        << QStringLiteral("€4.5 billion") << QStringLiteral("stake_value CVC Capital Partners Ekaterra");
    QTest::newRow("goods sold are no company")
        << QStringLiteral("Nvidia sold H200 chips to Meta for $2 billion.")
        << QStringLiteral("Nvidia;H200:product>Nvidia;Meta") << QStringLiteral("$2 billion|2e9|USD")
        << QStringLiteral("$2 billion") << QStringLiteral("other Meta -");
    QTest::newRow("spending on its own plans after a sum restated in brackets")
        << QStringLiteral("Lone Star offered to inject €1 billion into Novo Banco.\n\n"
                          "Honda said it plans to invest £150 million ($190 million) to upgrade its Swindon plant.")
        << QStringLiteral("Lone Star;Novo Banco;Honda") << QStringLiteral("€1 billion|1e9|EUR;£150 million|1.5e8|GBP;$190 million|1.9e8|USD")
        << QStringLiteral("£150 million") << QStringLiteral("investment Honda -");
    QTest::newRow("a roundup item borrows no party from the items around it")
        << QStringLiteral("Deals of the day\n\n** Amgen agreed to buy Horizon Therapeutics for $27.8 billion.\n\n"
                          "** Nestle said it had bought a 20% stake in a Brazilian coffee roaster.")
        << QStringLiteral("Amgen;Horizon Therapeutics;Nestle") << QStringLiteral("$27.8 billion|2.78e10|USD;20%|20|%")
        << QStringLiteral("20%") << QStringLiteral("stake_percent Nestle -");
    QTest::newRow("a brief's bullets are one story")
        << QStringLiteral("BRIEF-Komatsu to buy Joy Global\n\n* Komatsu to acquire Joy Global\n\n"
                          "* Komatsu - purchase price for equity is $2.89 billion in an all-cash transaction")
        << QStringLiteral("Komatsu;Joy Global") << QStringLiteral("$2.89 billion|2.89e9|USD")
        << QStringLiteral("$2.89 billion") << QStringLiteral("stake_value Komatsu Joy Global");

    // The price of one share is no valuation, stake or deal.
    QTest::newRow("shares valued at a price each are a share price")
        << QStringLiteral("The offer values Nordhaven shares at €14.50 each.")
        << QStringLiteral("Nordhaven") << QStringLiteral("€14.50|14.5|EUR")
        << QStringLiteral("€14.50") << QStringLiteral("other Nordhaven -");
    QTest::newRow("a takeover price a share is a share price")
        << QStringLiteral("Harbour Energy agreed to buy Premier Foods for 150p a share.")
        << QStringLiteral("Harbour Energy;Premier Foods") << QStringLiteral("150p|1.5|GBP")
        << QStringLiteral("150p") << QStringLiteral("other Premier Foods -");
    QTest::newRow("an acquisition priced per share is a share price")
        << QStringLiteral("Reliance Retail agreed to acquire Metro Cash for Rs 1,250 per share.")
        << QStringLiteral("Reliance Retail;Metro Cash") << QStringLiteral("Rs 1,250|1250|INR")
        << QStringLiteral("Rs 1,250") << QStringLiteral("other Metro Cash -");
    QTest::newRow("an offer worth a sum per share is a share price")
        << QStringLiteral("Pfizer said its offer for Seagen is worth $65 per share in cash.")
        << QStringLiteral("Pfizer;Seagen") << QStringLiteral("$65|65|USD")
        << QStringLiteral("$65") << QStringLiteral("other Seagen -");
    QTest::newRow("a cash price per share of a company bought is a share price")
        << QStringLiteral("Blackstone agreed to acquire all class A shares of Nexans for €95 cash per share.")
        << QStringLiteral("Blackstone;Nexans") << QStringLiteral("€95|95|EUR")
        << QStringLiteral("€95") << QStringLiteral("other Nexans -");
    // A stake restated by its other measure, in a company described.
    QTest::newRow("a stake's worth in the company described earlier in the sentence")
        << QStringLiteral("Nvidia signed a deal with Mistral to let the AI developer raise funds, after which Nvidia "
                          "would hold a stake of about €5 billion - or 12% - in the French startup.")
        << QStringLiteral("Nvidia;Mistral") << QStringLiteral("€5 billion|5e9|EUR|approx;12%|12|%")
        << QStringLiteral("€5 billion") << QStringLiteral("stake_value Nvidia Mistral");
    QTest::newRow("a percentage restated after a stake's worth is the same stake")
        << QStringLiteral("Nvidia signed a deal with Mistral to let the AI developer raise funds, after which Nvidia "
                          "would hold a stake of about €5 billion - or 12% - in the French startup.")
        << QStringLiteral("Nvidia;Mistral") << QStringLiteral("€5 billion|5e9|EUR|approx;12%|12|%")
        << QStringLiteral("12%") << QStringLiteral("stake_percent Nvidia Mistral");
    QTest::newRow("a stake's worth restated in brackets after its percentage")
        << QStringLiteral("Allianz now owns a 12% stake (or €3 billion) in Adyen.")
        << QStringLiteral("Allianz;Adyen") << QStringLiteral("12%|12|%;€3 billion|3e9|EUR")
        << QStringLiteral("€3 billion") << QStringLiteral("stake_value Allianz Adyen");
    QTest::newRow("the company is the subject of the sentence before, not one named later")
        << QStringLiteral("Zepto has raised $200 million from StepStone Group. The deal lifts StepStone's shareholding in the "
                          "company to 12% from 4%.\n\nOther backers of Glade Brook include Nexus. Glade Brook also backs "
                          "Glade Brook Labs.")
        << QStringLiteral("Zepto;StepStone Group;StepStone=StepStone Group;Glade Brook;Nexus")
        << QStringLiteral("$200 million|2e8|USD;12%|12|%;4%|4|%")
        << QStringLiteral("12%") << QStringLiteral("stake_percent StepStone Group Zepto");
    QTest::newRow("the company is never one named only after the sentence")
        << QStringLiteral("Temasek said on Monday its shareholding in the company rose to 15%.\n\n"
                          "Swiggy is backed by Prosus. Swiggy listed in 2024, and Swiggy shares rose.")
        << QStringLiteral("Temasek;Swiggy;Prosus") << QStringLiteral("15%|15|%;2024|2024|year")
        << QStringLiteral("15%") << QStringLiteral("stake_percent Temasek -");
    // Money put into a thing names no investee.
    QTest::newRow("a merged company investing in a technology borrows no investee")
        << QStringLiteral("Telia and Telenor completed the merger of their Nordic units. The combined group, NordLink, "
                          "will invest €4bn over eight years in fibre.")
        << QStringLiteral("Telia;Telenor;NordLink") << QStringLiteral("€4bn|4e9|EUR")
        << QStringLiteral("€4bn") << QStringLiteral("investment NordLink -");
    QTest::newRow("investing in its own network borrows no investee")
        << QStringLiteral("Google invested $2 billion in Jio Platforms in 2020. Jio Platforms will invest $3 billion "
                          "in its network this year.")
        << QStringLiteral("Google;Jio Platforms") << QStringLiteral("$2 billion|2e9|USD;2020|2020|year;$3 billion|3e9|USD")
        << QStringLiteral("$3 billion") << QStringLiteral("investment Jio Platforms -");
    QTest::newRow("investing in the round still finds the company raising (guard)")
        << QStringLiteral("Meesho raised $300 million in 2021. SoftBank invested $150 million in the round.")
        << QStringLiteral("Meesho;SoftBank") << QStringLiteral("$300 million|3e8|USD;2021|2021|year;$150 million|1.5e8|USD")
        << QStringLiteral("$150 million") << QStringLiteral("investment SoftBank Meesho");
}

void TestRelationExtractor::reading()
{
    QFETCH(QString, text);
    QFETCH(QString, entities);
    QFETCH(QString, figures);
    QFETCH(QString, target);
    QFETCH(QString, expected);

    FactTestBuilder b(text);
    b.entities(entities).figures(figures);
    if (QTest::currentDataTag() == QByteArray("excluded teaser"))
        b.excluded(QStringLiteral("Read next: Orange lands $3 billion order."));
    QCOMPARE(readingsOf(b, target), expected);
}

void TestRelationExtractor::bareMonth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published"); // the article's date; invalid when unknown
    QTest::addColumn<QString>("entities");
    QTest::addColumn<QString>("figures");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a past month of the article's year")
        << QStringLiteral("In March, Borealis Capital invested $40 million in Tundra Robotics.") << QDate(2025, 9, 14)
        << QStringLiteral("Borealis Capital;Tundra Robotics") << QStringLiteral("$40 million|4e7|USD")
        << QStringLiteral("$40 million") << QStringLiteral("investment Borealis Capital Tundra Robotics @2025-03");
    QTest::newRow("a month after the article's month is last year's")
        << QStringLiteral("Kobalt Energy said in November it had put €200 million into Fjord Wind.") << QDate(2025, 2, 10)
        << QStringLiteral("Kobalt Energy;Fjord Wind") << QStringLiteral("€200 million|2e8|EUR")
        << QStringLiteral("€200 million") << QStringLiteral("investment Kobalt Energy Fjord Wind @2024-11");
    QTest::newRow("the article's own month")
        << QStringLiteral("Vireo Health said in June it would take a 30% stake in Calyx.") << QDate(2024, 6, 30)
        << QStringLiteral("Vireo Health;Calyx") << QStringLiteral("30%|30|%")
        << QStringLiteral("30%") << QStringLiteral("stake_percent Vireo Health Calyx @2024-06");
    QTest::newRow("a future sentence takes the next such month")
        << QStringLiteral("Tata Steel plans to invest ₹2,000 crore in Neelachal Ispat in April.") << QDate(2025, 9, 14)
        << QStringLiteral("Tata Steel;Neelachal Ispat") << QStringLiteral("₹2,000 crore|2e10|INR")
        << QStringLiteral("₹2,000 crore") << QStringLiteral("investment Tata Steel Neelachal Ispat @2026-04");
    QTest::newRow("expected to close in a month still ahead this year")
        << QStringLiteral("Aker's $500 million cloud contract with Microsoft is expected to close in November.")
        << QDate(2025, 9, 14) << QStringLiteral("Aker;Microsoft") << QStringLiteral("$500 million|5e8|USD")
        << QStringLiteral("$500 million") << QStringLiteral("compute_commitment Aker Microsoft @2025-11");
    QTest::newRow("no article date, no year for the month")
        << QStringLiteral("In March, Borealis Capital invested $40 million in Tundra Robotics.") << QDate()
        << QStringLiteral("Borealis Capital;Tundra Robotics") << QStringLiteral("$40 million|4e7|USD")
        << QStringLiteral("$40 million") << QStringLiteral("investment Borealis Capital Tundra Robotics");
    QTest::newRow("a month with a year is its figure's, a bare month its own figure's")
        << QStringLiteral("Borealis Capital invested $40 million in Tundra Robotics in March, and Lumo invested "
                          "$10 million in Tundra Robotics in May 2023.")
        << QDate(2025, 9, 14) << QStringLiteral("Borealis Capital;Tundra Robotics;Lumo")
        << QStringLiteral("$40 million|4e7|USD;$10 million|1e7|USD;May 2023|2023-05|month")
        << QStringLiteral("$40 million") << QStringLiteral("investment Borealis Capital Tundra Robotics @2025-03");
    QTest::newRow("last year's month")
        << QStringLiteral("Siemens Energy sold a 25% stake in Gamesa to Iberdrola in April last year.") << QDate(2025, 9, 14)
        << QStringLiteral("Siemens Energy;Gamesa;Iberdrola") << QStringLiteral("25%|25|%")
        << QStringLiteral("25%") << QStringLiteral("stake_percent Iberdrola Gamesa @2024-04");
}

void TestRelationExtractor::bareMonth()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    QFETCH(QString, entities);
    QFETCH(QString, figures);
    QFETCH(QString, target);
    QFETCH(QString, expected);

    FactTestBuilder b(text);
    b.entities(entities).figures(figures).date(published);
    QCOMPARE(readingsOf(b, target), expected);
}

void TestRelationExtractor::quoteAndSpan()
{
    const QString text = QStringLiteral("Background first.\nIn 2022 Novartis Inc. invested $700 million in Galapagos. Shares rose.");
    FactTestBuilder b(text, QStringLiteral("x.txt"));
    b.entities(QStringLiteral("Novartis;Galapagos")).figures(QStringLiteral("2022|2022|year;$700 million|7e8|USD"));
    const QList<FactMention> mentions = RelationExtractor().extract(b.extraction(), 3);
    QCOMPARE(mentions.size(), 1);
    const FactMention &m = mentions.first();
    QCOMPARE(m.quote, QStringLiteral("In 2022 Novartis Inc. invested $700 million in Galapagos."));
    QCOMPARE(m.text, QStringLiteral("$700 million"));
    QCOMPARE(m.start, qsizetype(49));
    QCOMPARE(m.end, qsizetype(61));
    QCOMPARE(m.article, QStringLiteral("x.txt"));
    QCOMPARE(m.articleOrder, 3);
    QCOMPARE(m.time, QStringLiteral("2022"));
    QCOMPARE(m.precision, TimePrecision::Year);
    QCOMPARE(m.value, 7e8);
}

void TestRelationExtractor::gazetteerPartOf()
{
    // The article never says the cloud unit belongs to its group: the gazetteer does.
    Gazetteer g;
    g.add({QStringLiteral("Contoso Cloud"), EntityType::Organisation, {}, QStringLiteral("Contoso")});
    const QString text = QStringLiteral("Fabrikam signed a $900 million cloud contract with Contoso Cloud.");
    FactTestBuilder b(text);
    b.entities(QStringLiteral("Fabrikam;Contoso Cloud")).figures(QStringLiteral("$900 million|9e8|USD"));
    const QList<FactMention> mentions = RelationExtractor(g).extract(b.extraction());
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(FactTestBuilder::describe(mentions.first()), QStringLiteral("compute_commitment Fabrikam Contoso"));
    QCOMPARE(mentions.first().objectName, QStringLiteral("Contoso Cloud"));
}

void TestRelationExtractor::datedPartOf_data()
{
    QTest::addColumn<QDate>("published"); // invalid when unknown
    QTest::addColumn<QString>("mentioned"); // a date figure in the text ("in 2022"), or none
    QTest::addColumn<QString>("expected");
    // The gazetteer says Contoso bought Northwind Labs in May 2024.
    const QString contoso = QStringLiteral("investment Contoso Fabrikam");
    const QString itself = QStringLiteral("investment Northwind Labs Fabrikam");
    QTest::newRow("written after the acquisition") << QDate(2024, 6, 3) << QString() << contoso;
    QTest::newRow("on the day it holds from") << QDate(2024, 5, 1) << QString() << contoso;
    QTest::newRow("written before it") << QDate(2023, 11, 20) << QString() << itself;
    QTest::newRow("dated before, names a later year") << QDate(2023, 11, 20) << QStringLiteral("2026") << itself;
    QTest::newRow("undated, names an earlier year") << QDate() << QStringLiteral("2022") << itself;
    QTest::newRow("undated, names the month before") << QDate() << QStringLiteral("2024-04") << itself;
    QTest::newRow("undated, names the year of it") << QDate() << QStringLiteral("2024") << contoso;
    QTest::newRow("undated, names no date: as today") << QDate() << QString() << contoso;
}

void TestRelationExtractor::datedPartOf()
{
    QFETCH(QDate, published);
    QFETCH(QString, mentioned);
    QFETCH(QString, expected);
    Gazetteer g;
    g.add({QStringLiteral("Contoso"), EntityType::Organisation, {}, {}, {}, {}});
    g.add({QStringLiteral("Northwind Labs"), EntityType::Organisation, {}, QStringLiteral("Contoso"), {}, QDate(2024, 5, 1)});
    FactTestBuilder b(QStringLiteral("Northwind Labs invested $300 million in Fabrikam. Talks began in the spring."));
    QString figures = QStringLiteral("$300 million|3e8|USD");
    if (!mentioned.isEmpty()) // stands for the date the text would name after the sentence
        figures += QStringLiteral(";spring|%1|year").arg(mentioned);
    b.entities(QStringLiteral("Northwind Labs;Fabrikam")).figures(figures).date(published);
    const QList<FactMention> mentions = RelationExtractor(g).extract(b.extraction());
    QVERIFY(!mentions.isEmpty());
    QCOMPARE(FactTestBuilder::describe(mentions.first()), expected);
    QCOMPARE(mentions.first().subjectName, QStringLiteral("Northwind Labs"));
}

void TestRelationExtractor::stakeInAGroupCompany()
{
    // A stake is held in the company named, not in the group that owns it.
    Gazetteer g;
    g.add({QStringLiteral("Contoso"), EntityType::Organisation, {}, {}, {}, {}});
    g.add({QStringLiteral("Northwind Labs"), EntityType::Organisation, {}, QStringLiteral("Contoso"), {}, {}});
    FactTestBuilder b(QStringLiteral("Fabrikam owns 5.4% of Northwind Labs, and Contoso holds the rest."));
    b.entities(QStringLiteral("Fabrikam;Northwind Labs;Contoso")).figures(QStringLiteral("5.4%|5.4|%"));
    const QList<FactMention> mentions = RelationExtractor(g).extract(b.extraction());
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(FactTestBuilder::describe(mentions.first()), QStringLiteral("stake_percent Fabrikam Northwind Labs"));
}

QTEST_GUILESS_MAIN(TestRelationExtractor)
#include "tst_relationextractor.moc"
